package com.gapwise.portfolio;

import java.util.List;
import java.util.Locale;

/**
 * An application of the portfolio: the inventory entry, its assessment and what it supports.
 *
 * @param key             stable key; its initiative is "I-app-" + the key (new keys are 1-60 letters, digits, '-'
 *                        or '_': see {@link #checkNewKey}; keys stored before that rule are still read)
 * @param vendor          who makes it (an in-house build names the organisation); empty when unknown
 * @param annualCost      yearly run cost in the workspace's currency, 0 when unknown
 * @param owner           the business or IT owner
 * @param functionalFit   1-5: how well it does what the processes need, null while not assessed
 * @param integration     1-5: how well it exchanges data with the others (5: fully integrated), or null
 * @param technicalHealth 1-5: platform soundness (supportability, security, age), or null
 * @param lanes           lane (or pool) names whose tasks it supports, compared ignoring case and punctuation
 * @param elements        BPMN elements it supports, linked by hand, as "processKey:elementId"
 * @param capabilities    when not empty, lane support counts for bundling only for requirements of these
 *                        capabilities (a CRM supports the agents' knowledge work, not their scheduling)
 * @param postureOverride the analyst's posture, winning over the rules' recommendation; null when none
 * @param overrideReason  why the analyst overrode; required with an override
 */
public record Application(String key, String name, String vendor, Deployment deployment, Double annualCost,
                          String owner, Integer functionalFit, Integer integration, Integer technicalHealth,
                          List<String> lanes, List<String> elements, List<String> capabilities,
                          Posture postureOverride, String overrideReason) {

    public Application {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("application key is required");
        }
        key = key.strip();
        name = name == null || name.isBlank() ? key : name.strip();
        vendor = vendor == null ? "" : vendor.strip();
        deployment = deployment == null ? Deployment.ON_PREMISE : deployment;
        annualCost = annualCost == null ? 0.0 : annualCost;
        if (!(annualCost >= 0) || Double.isInfinite(annualCost)) {
            throw new IllegalArgumentException("annual cost of '" + key + "' must be 0 or more, was " + annualCost);
        }
        owner = owner == null ? "" : owner.strip();
        score("functional fit", key, functionalFit);
        score("integration", key, integration);
        score("technical health", key, technicalHealth);
        lanes = clean(lanes);
        elements = clean(elements);
        for (String element : elements) {
            if (!isElementLink(element)) {
                throw new IllegalArgumentException("element '" + element + "' of '" + key
                        + "' must be written processKey:elementId");
            }
        }
        capabilities = clean(capabilities).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
        if (postureOverride != null && overrideReason.isEmpty()) {
            throw new IllegalArgumentException("the posture override of '" + key + "' needs a reason");
        }
    }

    /** An application known only by what it supports (no inventory details, not assessed). */
    public Application(String key, String name, List<String> lanes, List<String> elements, List<String> capabilities) {
        this(key, name, "", null, 0.0, "", null, null, null, lanes, elements, capabilities, null, null);
    }

    /** Refuses a key a new application may not take (it appears in URLs and initiative keys). */
    public static void checkNewKey(String key) {
        if (key == null || !key.strip().matches("[\\p{L}\\p{N}_-]{1,60}")) {
            throw new IllegalArgumentException("application key '" + key + "' must be 1-60 letters, digits, '-' or '_'");
        }
    }

    /** The key of a new application named {@code name} when none is given: its slug, at most 60 characters. */
    public static String keyFor(String name) {
        String key = slug(name);
        return key.length() > 60 ? key.substring(0, 60) : key;
    }

    /** Whether a hand-made link is written "processKey:elementId" (both parts present). */
    public static boolean isElementLink(String element) {
        int colon = element.indexOf(':');
        return colon > 0 && colon < element.length() - 1;
    }

    /**
     * The key-safe form of a text: lower case, runs of other characters as one '-' ("Legacy billing (CRM)" ->
     * "legacy-billing-crm"), "unnamed" when nothing is left. New applications' keys and initiative keys use it.
     */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** Whether all three scores are given. */
    public boolean assessed() {
        return functionalFit != null && integration != null && technicalHealth != null;
    }

    private static void score(String what, String key, Integer score) {
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException(what + " of '" + key + "' must be 1 to 5, was " + score);
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
