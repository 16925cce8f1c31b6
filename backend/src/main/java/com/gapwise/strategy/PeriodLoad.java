package com.gapwise.strategy;

/** How much of a period's capacity the placed initiatives use. */
public record PeriodLoad(String period, int capacity, int used) {
}
