package com.gapwise.strategy;

import static com.gapwise.strategy.Fixtures.gap;
import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapType;
import com.gapwise.gaps.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementGeneratorTest {

    @Test
    void customerFacingNewCapabilityIsAFunctionalMust() {
        Gap gap = gap("G-0000000000000001", GapType.NEW_CAPABILITY, Severity.HIGH, "t1", "Track parcel online", "Customer", Map.of());
        List<Requirement> requirements = RequirementGenerator.generate(gap);
        assertThat(requirements).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RequirementType.FUNCTIONAL);
            assertThat(r.priority()).isEqualTo(Priority.MUST);
            assertThat(r.priorityReason()).contains("high severity");
            assertThat(r.text()).isEqualTo("The solution supports 'Track parcel online' for 'Customer'.");
            assertThat(r.key()).isEqualTo("R-0000000000000001.capability");
            assertThat(r.gapKeys()).containsExactly(gap.key());
            assertThat(r.elementIds()).containsExactly("t1");
            assertThat(r.capability()).isEqualTo(Capability.SELF_SERVICE);
            assertThat(r.capabilityReason()).contains("'online'");
        });
    }

    @Test
    void priorityFollowsSeverity() {
        assertThat(RequirementGenerator.generate(gap("G-1", GapType.NEW_CAPABILITY, Severity.MEDIUM, "t", "Approve", "Finance", Map.of())))
                .extracting(Requirement::priority).containsExactly(Priority.SHOULD);
        assertThat(RequirementGenerator.generate(gap("G-2", GapType.RETIRED_ACTIVITY, Severity.LOW, "t", "Print", "Finance",
                Map.of("dependants", "Post letter"))))
                .singleElement().satisfies(r -> {
                    assertThat(r.priority()).isEqualTo(Priority.COULD);
                    assertThat(r.type()).isEqualTo(RequirementType.BUSINESS);
                    assertThat(r.text()).contains("Retire 'Print'").contains("Post letter");
                });
    }

    @Test
    void roleChangeIsABusinessRequirementToReassignAndTrain() {
        Requirement r = RequirementGenerator.generate(gap("G-3", GapType.ROLE_CHANGE, Severity.MEDIUM, "t", "Approve",
                "Team lead", Map.of("fromLane", "Back office", "toLane", "Team lead"))).get(0);
        assertThat(r.type()).isEqualTo(RequirementType.BUSINESS);
        assertThat(r.topic()).isEqualTo(RequirementTopic.REASSIGNMENT);
        assertThat(r.text()).contains("from 'Back office' to 'Team lead'").contains("train");
        assertThat(r.capability()).isEqualTo(Capability.WORKFORCE);
    }

    @Test
    void automationYieldsAFunctionalAndAVolumeAndAvailabilityRequirement() {
        List<Requirement> requirements = RequirementGenerator.generate(gap("G-4", GapType.AUTOMATION, Severity.MEDIUM,
                "t", "Send confirmation email", "Back office", Map.of("fromType", "user task", "toType", "service task")));
        assertThat(requirements).extracting(Requirement::type)
                .containsExactly(RequirementType.FUNCTIONAL, RequirementType.NON_FUNCTIONAL);
        assertThat(requirements).extracting(Requirement::topic)
                .containsExactly(RequirementTopic.AUTOMATION, RequirementTopic.VOLUME_AND_AVAILABILITY);
        assertThat(requirements).allSatisfy(r -> assertThat(r.capability()).isEqualTo(Capability.AUTOMATION));
        assertThat(requirements.get(1).text()).contains("volume").contains("available");
        assertThat(requirements).extracting(Requirement::key).doesNotHaveDuplicates();
    }

    @Test
    void newChannelYieldsAnInterfaceAndAMustSecurityRequirement() {
        List<Requirement> requirements = RequirementGenerator.generate(gap("G-5", GapType.NEW_CHANNEL, Severity.LOW,
                "m1", "Credit check", null, Map.of("counterparty", "Credit bureau", "messages", "Credit check")));
        assertThat(requirements).extracting(Requirement::topic)
                .containsExactly(RequirementTopic.INTERFACE, RequirementTopic.SECURITY);
        assertThat(requirements.get(0).type()).isEqualTo(RequirementType.FUNCTIONAL);
        assertThat(requirements.get(0).priority()).isEqualTo(Priority.COULD);
        assertThat(requirements.get(0).text()).contains("interface with 'Credit bureau'");
        assertThat(requirements.get(1).type()).isEqualTo(RequirementType.NON_FUNCTIONAL);
        assertThat(requirements.get(1).priority()).isEqualTo(Priority.MUST);
        assertThat(requirements.get(1).priorityReason()).contains("security");
    }

    @Test
    void decisionChangeIsABusinessRule() {
        Requirement r = RequirementGenerator.generate(gap("G-6", GapType.DECISION_CHANGE, Severity.LOW, "g", "Refund over 500?",
                "Back office", Map.of("outcomes", "'yes', 'no'"))).get(0);
        assertThat(r.type()).isEqualTo(RequirementType.BUSINESS);
        assertThat(r.topic()).isEqualTo(RequirementTopic.BUSINESS_RULE);
        assertThat(r.text()).contains("business rule for decision 'Refund over 500?'").contains("'yes', 'no'");
    }

    @Test
    void serviceLevelIsANonFunctionalTimeWithTheModelsDuration() {
        Requirement r = RequirementGenerator.generate(gap("G-7", GapType.SERVICE_LEVEL, Severity.MEDIUM, "b1", "4h passed",
                "Agent", Map.of("timer", "PT4H", "duration", "4 hours", "attachedTo", "Answer email"))).get(0);
        assertThat(r.type()).isEqualTo(RequirementType.NON_FUNCTIONAL);
        assertThat(r.text()).contains("4 hours").contains("'Answer email'").contains("PT4H");
    }

    @Test
    void laneGapsAreApplicationOrOrganisationalRequirements() {
        Requirement system = RequirementGenerator.generate(gap("G-8", GapType.NEW_ROLE_OR_SYSTEM, Severity.HIGH, "L1",
                "CRM", "CRM", Map.of("laneKind", "system"))).get(0);
        Requirement role = RequirementGenerator.generate(gap("G-9", GapType.NEW_ROLE_OR_SYSTEM, Severity.MEDIUM, "L2",
                "Quality coach", "Quality coach", Map.of("laneKind", "role"))).get(0);
        assertThat(system.type()).isEqualTo(RequirementType.FUNCTIONAL);
        assertThat(system.topic()).isEqualTo(RequirementTopic.APPLICATION);
        assertThat(system.systemLane()).isTrue();
        assertThat(role.type()).isEqualTo(RequirementType.BUSINESS);
        assertThat(role.topic()).isEqualTo(RequirementTopic.ORGANISATION);
        assertThat(role.capability()).isEqualTo(Capability.WORKFORCE);
    }

    @Test
    void capabilityByKeywordsElseByGapTypeDefault() {
        assertThat(RequirementGenerator.capability(gap("G-a", GapType.NEW_CAPABILITY, Severity.LOW, "t",
                "Search knowledge article", "Agent", Map.of())).capability()).isEqualTo(Capability.KNOWLEDGE);
        assertThat(RequirementGenerator.capability(gap("G-b", GapType.NEW_CAPABILITY, Severity.LOW, "t",
                "Send satisfaction survey", "Agent", Map.of())).capability()).isEqualTo(Capability.FEEDBACK);
        assertThat(RequirementGenerator.capability(gap("G-c", GapType.NEW_CAPABILITY, Severity.LOW, "t",
                "Print", "Finance", Map.of())))
                .satisfies(c -> {
                    assertThat(c.capability()).isEqualTo(Capability.PROCESS);
                    assertThat(c.reason()).contains("no capability keyword");
                });
        assertThat(RequirementGenerator.capability(gap("G-d", GapType.SERVICE_LEVEL, Severity.LOW, "b",
                "Deadline", "Finance", Map.of())).capability()).isEqualTo(Capability.ANALYTICS);
    }

    @Test
    void aTaskHandedToASystemLaneIsAHandOverNotATraining() {
        Requirement r = RequirementGenerator.generate(gap("G-e", GapType.ROLE_CHANGE, Severity.MEDIUM, "t", "Send acknowledgement",
                "Omnichannel Hub", Map.of("fromLane", "Department Manager", "toLane", "Omnichannel Hub"))).get(0);
        assertThat(r.text()).isEqualTo("Hand 'Send acknowledgement' over from 'Department Manager' to the system "
                + "'Omnichannel Hub'; redeploy the effort 'Department Manager' spent on it and agree the hand-off.");
    }

    @Test
    void unnamedElementsAreNotQuotedAsIfTheyHadANameInTexts() {
        Requirement r = RequirementGenerator.generate(gap("G-f", GapType.DECISION_CHANGE, Severity.LOW, "g", "",
                "Agent", Map.of())).get(0);
        assertThat(r.text()).isEqualTo("Define, document and assign an owner to the business rule for decision unnamed user task.");
    }

    @Test
    void anUnnamedElementIsNamedByThePlaceItsGapFound() {
        Requirement r = RequirementGenerator.generate(gap("G-g", GapType.DECISION_CHANGE, Severity.LOW, "g", "",
                "Agent", Map.of("place", "after 'Assess claim'"))).get(0);
        assertThat(r.text()).isEqualTo("Define, document and assign an owner to the business rule for decision "
                + "unnamed user task after 'Assess claim'.");
    }
}
