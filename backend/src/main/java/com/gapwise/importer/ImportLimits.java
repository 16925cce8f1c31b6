package com.gapwise.importer;

/**
 * Bounds the importer enforces on untrusted input.
 *
 * @param maxBytes            larger files are refused with {@code TOO_LARGE}
 * @param maxDepth            deeper element nesting is refused with {@code TOO_DEEP}
 * @param schemaCheckMaxBytes files up to this size are also checked against the BPMN 2.0 XSD and the
 *                            deviations reported as warnings; larger files skip that check because it
 *                            costs about as much as the import itself (0 turns it off)
 */
public record ImportLimits(long maxBytes, int maxDepth, long schemaCheckMaxBytes) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 200;
    public static final long DEFAULT_SCHEMA_CHECK_MAX_BYTES = 512L * 1024;
    static final int MAX_DEPTH_CEILING = 1000;

    public ImportLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2 GB: " + maxBytes);
        }
        if (maxDepth <= 0 || maxDepth > MAX_DEPTH_CEILING) {
            // the assembler walks the tree recursively: the ceiling keeps that far from a stack overflow
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_CEILING + ": " + maxDepth);
        }
        if (schemaCheckMaxBytes < 0) {
            throw new IllegalArgumentException("schemaCheckMaxBytes must not be negative: " + schemaCheckMaxBytes);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_SCHEMA_CHECK_MAX_BYTES);
    }

    /** The same limits without the schema check: for latency-critical callers that do not show warnings. */
    public ImportLimits withoutSchemaCheck() {
        return new ImportLimits(maxBytes, maxDepth, 0);
    }
}
