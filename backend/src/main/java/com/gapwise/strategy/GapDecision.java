package com.gapwise.strategy;

import com.gapwise.gaps.GapStatus;

/** An analyst's triage of a gap: accepted or dismissed, with a note saying why. */
public record GapDecision(GapStatus status, String note) {

    public GapDecision {
        status = status == null ? GapStatus.OPEN : status;
        note = Copies.text(note);
    }
}
