package com.gapwise.strategy;

/**
 * An analyst's edit of a generated requirement. A null (or blank) text or a null priority leaves that part as
 * generated.
 */
public record RequirementEdit(String text, Priority priority) {
}
