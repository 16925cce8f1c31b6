package com.gapwise.gaps;

import com.gapwise.metrics.Actor;
import com.gapwise.metrics.LaneClassifier;

/**
 * What a lane or pool name says for the gap rules: does it face the customer, is it software rather
 * than a person or team? Both can hold ("Self-service portal"). The answers come from the one lane
 * vocabulary and its rules in {@link LaneClassifier}, so gaps, requirements, scores and service metrics
 * classify a lane the same way, with the analyst's overrides when given.
 */
public final class LaneRoles {

    /** The rules without analyst overrides. */
    public static final LaneRoles DEFAULT = new LaneRoles(LaneClassifier.withoutOverrides());

    private final LaneClassifier classifier;

    public LaneRoles(LaneClassifier classifier) {
        this.classifier = classifier;
    }

    /** Lanes of the customer, of channels, or of staff who talk to the customer: a change there is felt by customers. */
    public boolean facesCustomer(String laneName) {
        return laneName != null && classifier.facesCustomer(laneName);
    }

    /** Lanes that are a system, or a channel run as software (portal, app, chatbot, IVR): a change there is an IT change. */
    public boolean software(String laneName) {
        return laneName != null && classifier.isSystem(laneName);
    }

    /** Who does the work of a lane of this name: people, software or the customer. */
    public Actor actor(String laneName) {
        return classifier.actorOf(laneName);
    }
}
