package com.gapwise.gaps;

/** An analyst's triage of a gap. Every gap starts OPEN. */
public enum GapStatus {
    OPEN, ACCEPTED, DISMISSED
}
