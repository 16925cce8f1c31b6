package com.gapwise.web;

/** Strong ETags over version tags: {@code "3"}. */
final class ETags {

    private ETags() {
    }

    static String of(String tag) {
        return "\"" + tag + "\"";
    }

    /** The tag inside an If-Match value; weak tags count as their strong form. */
    static String required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** The entity version an If-Match names; an ETag this server never issued is always stale (-1). */
    static long requiredVersion(String ifMatch) {
        String tag = required(ifMatch);
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
