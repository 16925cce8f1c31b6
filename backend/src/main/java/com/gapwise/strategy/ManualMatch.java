package com.gapwise.strategy;

/**
 * An analyst's correction of the matching, carried for the diff engine to apply. A null side means "this
 * element has no counterpart" (an unmatch).
 */
public record ManualMatch(String processKey, String currentId, String futureId) {
}
