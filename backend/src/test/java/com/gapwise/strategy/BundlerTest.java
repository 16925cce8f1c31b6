package com.gapwise.strategy;

import static com.gapwise.strategy.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.portfolio.Application;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundlerTest {

    final Requirement portalA = requirement("R-1", "p1", RequirementType.FUNCTIONAL, RequirementTopic.CAPABILITY,
            Capability.SELF_SERVICE, "Customer portal", List.of("t1"));
    final Requirement portalB = requirement("R-2", "p2", RequirementType.FUNCTIONAL, RequirementTopic.AUTOMATION,
            Capability.AUTOMATION, "Customer portal", List.of("t7"));
    final Requirement knowledge1 = requirement("R-3", "p1", RequirementType.FUNCTIONAL, RequirementTopic.CAPABILITY,
            Capability.KNOWLEDGE, "Agent", List.of("t2"));
    final Requirement knowledge2 = requirement("R-4", "p2", RequirementType.BUSINESS, RequirementTopic.BUSINESS_RULE,
            Capability.KNOWLEDGE, "Back office", List.of("g1"));
    final Requirement workforce = requirement("R-5", "p1", RequirementType.BUSINESS, RequirementTopic.REASSIGNMENT,
            Capability.WORKFORCE, "Team lead", List.of("t3"));
    final List<Requirement> all = List.of(portalA, portalB, knowledge1, knowledge2, workforce);
    final Set<String> keys = all.stream().map(Requirement::key).collect(Collectors.toSet());

    static Map<String, List<String>> membership(Bundler.Bundles bundles) {
        Map<String, List<String>> out = new HashMap<>();
        bundles.drafts().forEach(d -> out.put(d.key, List.copyOf(d.requirementKeys)));
        return out;
    }

    @Test
    void systemLaneRequirementsBundleByApplicationOthersByCapabilityAcrossProcesses() {
        Bundler.Bundles bundles = Bundler.bundle(all, keys, Decisions.none());
        assertThat(membership(bundles)).containsOnly(
                Map.entry("I-sys-customer-portal", List.of("R-1", "R-2")),
                Map.entry("I-cap-knowledge", List.of("R-3", "R-4")),
                Map.entry("I-cap-workforce", List.of("R-5")));
        assertThat(bundles.drafts().get(0).application).isEqualTo("Customer portal");
        assertThat(bundles.drafts().get(0).bundleReason).contains("system lane 'Customer portal'");
        assertThat(bundles.drafts().get(1).name).isEqualTo("Knowledge management");
        assertThat(bundles.stale()).isEmpty();
    }

    @Test
    void analystMovesCreatesAndMergesApply() {
        Decisions decisions = Decisions.none()
                .withCreatedInitiative("I-knowledge-phase-2", "Knowledge, phase 2")
                .withRequirementMovedTo("R-4", "I-knowledge-phase-2")
                .withMerge("I-cap-workforce", "I-cap-knowledge");
        Bundler.Bundles bundles = Bundler.bundle(all, keys, decisions);
        assertThat(membership(bundles)).containsOnly(
                Map.entry("I-sys-customer-portal", List.of("R-1", "R-2")),
                Map.entry("I-cap-knowledge", List.of("R-3", "R-5")),
                Map.entry("I-knowledge-phase-2", List.of("R-4")));
        assertThat(bundles.drafts()).filteredOn(d -> d.key.equals("I-cap-knowledge"))
                .singleElement().satisfies(d -> assertThat(d.mergedFrom).containsExactly("I-cap-workforce"));
        assertThat(bundles.initiativeOfRequirement()).containsEntry("R-5", "I-cap-knowledge").containsEntry("R-4", "I-knowledge-phase-2");
        assertThat(bundles.goneReasons()).containsEntry("I-cap-workforce", "was merged into I-cap-knowledge");
        assertThat(bundles.stale()).isEmpty();
    }

    @Test
    void decisionsOnVanishedKeysAreReportedStale() {
        Decisions decisions = Decisions.none()
                .withRequirementMovedTo("R-gone", "I-cap-knowledge")
                .withRequirementMovedTo("R-1", "I-cap-nothing")
                .withMerge("I-cap-feedback", "I-cap-knowledge")
                .withMerge("I-cap-workforce", "I-cap-nothing")
                .withCreatedInitiative("I-empty", "Nobody moved anything here");
        Bundler.Bundles bundles = Bundler.bundle(all, keys, decisions);
        assertThat(bundles.stale()).extracting(StaleDecision::kind, StaleDecision::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DecisionKind.REQUIREMENT_MEMBERSHIP, "R-gone"),
                org.assertj.core.groups.Tuple.tuple(DecisionKind.REQUIREMENT_MEMBERSHIP, "R-1"),
                org.assertj.core.groups.Tuple.tuple(DecisionKind.INITIATIVE_MERGE, "I-cap-feedback"),
                org.assertj.core.groups.Tuple.tuple(DecisionKind.INITIATIVE_MERGE, "I-cap-workforce"),
                org.assertj.core.groups.Tuple.tuple(DecisionKind.INITIATIVE_CREATED, "I-empty"));
        assertThat(bundles.stale()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(membership(bundles)).containsEntry("I-sys-customer-portal", List.of("R-1", "R-2"));
    }

    @Test
    void aMoveOfARequirementWhoseGapIsDismissedIsKeptNotStale() {
        Bundler.Bundles bundles = Bundler.bundle(List.of(portalA), Set.of("R-1", "R-2"),
                Decisions.none().withRequirementMovedTo("R-2", "I-cap-knowledge"));
        assertThat(bundles.stale()).isEmpty();
    }

    @Test
    void aTaskUsingAnInterfaceOfAnotherInitiativeDependsOnIt() {
        Requirement iface = requirement("R-i", "p1", RequirementType.FUNCTIONAL, RequirementTopic.INTERFACE,
                Capability.INTEGRATION, null, List.of("m1", "t2"));
        Requirement security = requirement("R-s", "p1", RequirementType.NON_FUNCTIONAL, RequirementTopic.SECURITY,
                Capability.INTEGRATION, null, List.of("m1", "t2"));
        Requirement otherProcess = requirement("R-o", "p2", RequirementType.FUNCTIONAL, RequirementTopic.CAPABILITY,
                Capability.FEEDBACK, "Agent", List.of("t2"));
        List<Requirement> requirements = List.of(knowledge1, iface, security, otherProcess);
        Bundler.Bundles bundles = Bundler.bundle(requirements, Set.of("R-3", "R-i", "R-s", "R-o"), Decisions.none());
        Map<String, Requirement> byKey = new HashMap<>();
        requirements.forEach(r -> byKey.put(r.key(), r));
        Map<String, List<Dependency>> dependencies = Dependencies.derive(bundles.drafts(), byKey);
        assertThat(dependencies.get("I-cap-knowledge")).singleElement().satisfies(d -> {
            assertThat(d.initiativeKey()).isEqualTo("I-cap-integration");
            assertThat(d.manual()).isFalse();
            assertThat(d.reason()).contains("t2").contains("R-3");
        });
        assertThat(dependencies.get("I-cap-integration")).isEmpty();
        assertThat(dependencies.get("I-cap-feedback")).as("same element id in another process is another element").isEmpty();
    }

    @Test
    void applicationsOfThePortfolioBundleWhatTheySupportByElementThenByLaneAndCapability() {
        List<Application> portfolio = List.of(
                new Application("kb", "Knowledge base", List.of("agent"), List.of(), List.of("KNOWLEDGE")),
                new Application("erp", "ERP", List.of(), List.of("p2:g1", "p1:t3"), List.of()));
        Bundler.Bundles bundles = Bundler.bundle(all, keys, Decisions.none(), portfolio);
        assertThat(membership(bundles)).containsOnly(
                Map.entry("I-sys-customer-portal", List.of("R-1", "R-2")),
                Map.entry("I-app-kb", List.of("R-3")),
                Map.entry("I-app-erp", List.of("R-4", "R-5")));
        assertThat(bundles.drafts()).filteredOn(d -> d.key.equals("I-app-erp")).singleElement()
                .satisfies(d -> assertThat(d.application).isEqualTo("ERP"));
    }

    @Test
    void laneSupportLimitedToCapabilitiesLeavesTheRestToTheirCapability() {
        List<Application> portfolio = List.of(
                new Application("kb", "Knowledge base", List.of("Team lead"), List.of(), List.of("KNOWLEDGE")));
        assertThat(membership(Bundler.bundle(all, keys, Decisions.none(), portfolio)))
                .containsEntry("I-cap-workforce", List.of("R-5")).doesNotContainKey("I-app-kb");
    }
}
