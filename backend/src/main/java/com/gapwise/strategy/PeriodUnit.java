package com.gapwise.strategy;

/** Roadmap period length. Labels: "2027-Q1" for quarters, "2027-01" for months, "2027-H1" for halves. */
public enum PeriodUnit {
    QUARTER, MONTH, HALF_YEAR
}
