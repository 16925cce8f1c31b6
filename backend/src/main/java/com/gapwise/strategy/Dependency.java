package com.gapwise.strategy;

/**
 * One initiative needing another first.
 *
 * @param initiativeKey the initiative depended on
 * @param manual        declared by an analyst (else derived by a rule)
 * @param reason        why, in words
 */
public record Dependency(String initiativeKey, boolean manual, String reason) {
}
