package com.gapwise.strategy;

import static com.gapwise.gaps.TestModels.diff;
import static com.gapwise.gaps.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.gapwise.diff.ChangeType;
import com.gapwise.diff.DiffResult;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapStatus;
import com.gapwise.gaps.GapType;
import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-analysis after a new future-state version keeps what still applies and reports the rest. */
class DecisionKeepingTest {

    static final ProcessModel CURRENT = model("p").lane("L1", "Agent").lane("L2", "Back office")
            .node("t1", ElementKind.USER_TASK, "Check claim", "L1")
            .node("t2", ElementKind.MANUAL_TASK, "Print letter", "L2")
            .node("t4", ElementKind.USER_TASK, "Approve payout", "L2").build();

    static ProcessModel future(boolean withSurvey, boolean withTimer) {
        var builder = model("p").lane("L1", "Agent").lane("L3", "Claims portal")
                .node("t1", ElementKind.SERVICE_TASK, "Check claim", "L1")
                .node("t3", ElementKind.USER_TASK, "Upload documents online", "L3")
                .node("t4", ElementKind.USER_TASK, "Approve payout", "L1");
        if (withSurvey) {
            builder.node("t5", ElementKind.USER_TASK, "Send satisfaction survey", "L1");
        }
        if (withTimer) {
            builder.timer("b1", ElementKind.BOUNDARY_EVENT, "4 hours passed", null, "PT4H", "t1");
        }
        return builder.build();
    }

    static DiffResult diffOf(boolean withSurvey, boolean withTimer) {
        var builder = diff().match("t1", "t1", "userTask").match("t4", "t4", "userTask")
                .change(ChangeType.AUTOMATED, "t1", "t1", "serviceTask", "Check claim", "Agent", "userTask", "serviceTask")
                .change(ChangeType.MOVED_LANE, "t4", "t4", "userTask", "Approve payout", "Agent", "Back office", "Agent")
                .added("t3", "userTask", "Upload documents online", "Claims portal")
                .added("L3", "lane", "Claims portal", null)
                .removed("t2", "manualTask", "Print letter", "Back office")
                .removed("L2", "lane", "Back office", null);
        if (withSurvey) {
            builder.added("t5", "userTask", "Send satisfaction survey", "Agent");
        }
        if (withTimer) {
            builder.added("b1", "boundaryEvent", "4 hours passed", null);
        }
        return builder.build();
    }

    static Strategy derive(boolean withSurvey, boolean withTimer, Decisions decisions) {
        return StrategyEngine.derive(List.of(new ProcessAnalysis("claims", "Claims", CURRENT,
                future(withSurvey, withTimer), diffOf(withSurvey, withTimer))), StrategySettings.defaults(), decisions);
    }

    static Gap gapOf(Strategy strategy, GapType type, String elementId) {
        return strategy.gaps().stream().filter(g -> g.type() == type)
                .filter(g -> g.current().stream().anyMatch(e -> e.id().equals(elementId))
                        || g.future().stream().anyMatch(e -> e.id().equals(elementId)))
                .findFirst().orElseThrow();
    }

    static Requirement requirementOf(Strategy strategy, Gap gap, RequirementTopic topic) {
        return strategy.requirements().stream().filter(r -> r.gapKeys().contains(gap.key()) && r.topic() == topic)
                .findFirst().orElseThrow();
    }

    @Test
    void reAnalysisKeepsDecisionsThatStillApplyAndReportsTheStaleOnes() {
        Strategy v1 = derive(true, false, Decisions.none());
        Gap printLetter = gapOf(v1, GapType.RETIRED_ACTIVITY, "t2");
        Gap survey = gapOf(v1, GapType.NEW_CAPABILITY, "t5");
        Gap upload = gapOf(v1, GapType.NEW_CAPABILITY, "t3");
        Gap automation = gapOf(v1, GapType.AUTOMATION, "t1");
        Requirement uploadRequirement = requirementOf(v1, upload, RequirementTopic.CAPABILITY);
        Requirement surveyRequirement = requirementOf(v1, survey, RequirementTopic.CAPABILITY);
        Requirement automationVolume = requirementOf(v1, automation, RequirementTopic.VOLUME_AND_AVAILABILITY);
        assertThat(v1.initiatives()).extracting(Initiative::key)
                .contains("I-cap-automation", "I-cap-workforce", "I-cap-feedback", "I-sys-claims-portal");

        Decisions decisions = Decisions.none()
                .withGap(printLetter.key(), new GapDecision(GapStatus.DISMISSED, "printing is outsourced"))
                .withGap(survey.key(), new GapDecision(GapStatus.ACCEPTED, "survey after every claim"))
                .withRequirementEdit(uploadRequirement.key(), new RequirementEdit("Customers upload documents of up to 10 MB.", Priority.SHOULD))
                .withRequirementEdit(surveyRequirement.key(), new RequirementEdit("Survey within 24 hours of closing.", null))
                .withManualMatch(new ManualMatch("claims", "t4", "t4"))
                .withManualMatch(new ManualMatch("claims", "t2", "t5"))
                .withCreatedInitiative("I-automation-wave-2", "Automation, wave 2")
                .withRequirementMovedTo(automationVolume.key(), "I-automation-wave-2")
                .withMerge("I-cap-workforce", "I-cap-automation")
                .withInitiativeName("I-cap-automation", "Claims automation")
                .withInitiativeName("I-cap-feedback", "Voice of the customer")
                .withPlacement("I-sys-claims-portal", "2027-Q3")
                .withPlacement("I-cap-feedback", "2027-Q2")
                .withDependencies("I-sys-claims-portal", List.of("I-cap-automation"));

        // Every decision applies to the version it was made on.
        assertThat(derive(true, false, decisions).staleDecisions()).isEmpty();

        // Version 2: the survey task is dropped, a four-hour deadline is added.
        Strategy v2 = derive(false, true, decisions);

        assertThat(v2.staleDecisions()).extracting(StaleDecision::kind, StaleDecision::key).containsExactlyInAnyOrder(
                tuple(DecisionKind.GAP_STATUS, survey.key()),
                tuple(DecisionKind.REQUIREMENT_EDIT, surveyRequirement.key()),
                tuple(DecisionKind.MANUAL_MATCH, "claims:t2->t5"),
                tuple(DecisionKind.INITIATIVE_NAME, "I-cap-feedback"),
                tuple(DecisionKind.PLACEMENT, "I-cap-feedback"));
        assertThat(v2.staleDecisions()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(v2.staleDecisions()).filteredOn(s -> s.kind() == DecisionKind.REQUIREMENT_EDIT).singleElement()
                .satisfies(s -> assertThat(s.value()).contains("Survey within 24 hours of closing."));

        // Kept: triage, and the dismissed gap's requirement is set aside.
        assertThat(gapOf(v2, GapType.RETIRED_ACTIVITY, "t2")).satisfies(g -> {
            assertThat(g.key()).isEqualTo(printLetter.key());
            assertThat(g.status()).isEqualTo(GapStatus.DISMISSED);
            assertThat(g.statusNote()).isEqualTo("printing is outsourced");
        });
        assertThat(v2.requirements()).noneMatch(r -> r.gapKeys().contains(printLetter.key()));
        assertThat(gapOf(v2, GapType.SERVICE_LEVEL, "b1").status()).isEqualTo(GapStatus.OPEN);

        // Kept: edited text and priority.
        assertThat(v2.requirements()).filteredOn(r -> r.key().equals(uploadRequirement.key())).singleElement()
                .satisfies(r -> {
                    assertThat(r.text()).isEqualTo("Customers upload documents of up to 10 MB.");
                    assertThat(r.textEdited()).isTrue();
                    assertThat(r.generatedText()).isEqualTo(uploadRequirement.text());
                    assertThat(r.priority()).isEqualTo(Priority.SHOULD);
                    assertThat(r.priorityEdited()).isTrue();
                    assertThat(r.priorityReason()).contains("set by an analyst");
                });

        // Kept: split (created initiative + moved requirement), merge, rename, pin, declared dependency.
        assertThat(v2.initiatives()).extracting(Initiative::key)
                .containsExactlyInAnyOrder("I-automation-wave-2", "I-cap-automation", "I-sys-claims-portal", "I-cap-analytics");
        Initiative wave2 = initiative(v2, "I-automation-wave-2");
        assertThat(wave2.requirementKeys()).containsExactly(automationVolume.key());
        assertThat(wave2.origin()).isEqualTo(Initiative.Origin.CREATED);
        assertThat(wave2.name()).isEqualTo("Automation, wave 2");
        Initiative automationInitiative = initiative(v2, "I-cap-automation");
        assertThat(automationInitiative.name()).isEqualTo("Claims automation");
        assertThat(automationInitiative.renamed()).isTrue();
        assertThat(automationInitiative.mergedFrom()).containsExactly("I-cap-workforce");
        assertThat(automationInitiative.requirementKeys()).doesNotContain(automationVolume.key())
                .contains(requirementOf(v2, gapOf(v2, GapType.ROLE_CHANGE, "t4"), RequirementTopic.REASSIGNMENT).key());
        assertThat(v2.requirements()).filteredOn(r -> r.key().equals(automationVolume.key()))
                .extracting(Requirement::initiativeKey).containsExactly("I-automation-wave-2");
        assertThat(v2.roadmap().placements()).filteredOn(p -> p.initiativeKey().equals("I-sys-claims-portal"))
                .singleElement().satisfies(p -> {
                    assertThat(p.period()).isEqualTo("2027-Q3");
                    assertThat(p.pinned()).isTrue();
                });
        assertThat(initiative(v2, "I-sys-claims-portal").dependsOn())
                .containsExactly(new Dependency("I-cap-automation", true, "declared by an analyst"));

        // Unchanged findings keep their keys.
        assertThat(gapOf(v2, GapType.NEW_CAPABILITY, "t3").key()).isEqualTo(upload.key());
        assertThat(gapOf(v2, GapType.AUTOMATION, "t1").key()).isEqualTo(automation.key());
    }

    @Test
    void sameInputSameStrategy() {
        assertThat(derive(true, true, Decisions.none())).isEqualTo(derive(true, true, Decisions.none()));
    }

    static Initiative initiative(Strategy strategy, String key) {
        return strategy.initiatives().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
