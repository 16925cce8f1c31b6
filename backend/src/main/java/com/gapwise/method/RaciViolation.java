package com.gapwise.method;

/**
 * One broken RACI rule.
 *
 * @param activity the activity's name
 * @param role     the role concerned, or null when the rule is about the activity as a whole (e.g. nobody is A)
 * @param rule     a stable code: NO_ACCOUNTABLE, SEVERAL_ACCOUNTABLE, NO_RESPONSIBLE, UNKNOWN_ROLE,
 *                 DUPLICATE_ACTIVITY, DUPLICATE_ROLE
 * @param message  the sentence an analyst reads
 */
public record RaciViolation(String activity, String role, String rule, String message) {
}
