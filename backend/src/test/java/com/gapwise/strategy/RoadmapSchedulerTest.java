package com.gapwise.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoadmapSchedulerTest {

    static final RoadmapSettings FOUR_QUARTERS = new RoadmapSettings("2027-Q1", 4, 10, PeriodUnit.QUARTER);

    static RoadmapScheduler.Item item(String key, int effort, String... dependsOn) {
        return new RoadmapScheduler.Item(key, effort, List.of(dependsOn));
    }

    static Map<String, String> periods(Roadmap roadmap) {
        Map<String, String> out = new HashMap<>();
        roadmap.placements().forEach(p -> out.put(p.initiativeKey(), p.period()));
        return out;
    }

    static List<RoadmapIssue.Kind> kinds(Roadmap roadmap) {
        return roadmap.issues().stream().map(RoadmapIssue::kind).toList();
    }

    @Test
    void higherPriorityTakesEarlierPeriodsWithinCapacity() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 6), item("B", 6), item("C", 4), item("D", 3)),
                FOUR_QUARTERS, Map.of());
        assertThat(roadmap.periods()).containsExactly("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4");
        // A fills Q1 to 6; B does not fit (12 > 10) so goes to Q2; C fits Q1 (10); D fits Q2 (9).
        assertThat(periods(roadmap)).containsExactlyInAnyOrderEntriesOf(
                Map.of("A", "2027-Q1", "B", "2027-Q2", "C", "2027-Q1", "D", "2027-Q2"));
        assertThat(roadmap.placements()).extracting(Placement::initiativeKey).containsExactly("A", "C", "B", "D");
        assertThat(roadmap.load()).extracting(PeriodLoad::used).containsExactly(10, 9, 0, 0);
        assertThat(roadmap.issues()).isEmpty();
    }

    @Test
    void anInitiativeNeverComesBeforeOneItDependsOn() {
        // B has the higher priority but depends on C, which the capacity pushes to Q2.
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 8), item("B", 2, "C"), item("C", 5)),
                FOUR_QUARTERS, Map.of());
        assertThat(periods(roadmap)).containsEntry("A", "2027-Q1").containsEntry("C", "2027-Q2").containsEntry("B", "2027-Q2");
        assertThat(roadmap.placements()).filteredOn(p -> p.initiativeKey().equals("B")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("not before its dependency C"));
    }

    @Test
    void aLowPriorityPrerequisiteOfAHighPriorityInitiativeIsBroughtForward() {
        // A (top priority) needs D (lowest); B and C would otherwise fill the early periods first.
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 4, "D"), item("B", 10), item("C", 10), item("D", 5)),
                FOUR_QUARTERS, Map.of());
        assertThat(periods(roadmap)).containsEntry("D", "2027-Q1").containsEntry("A", "2027-Q1")
                .containsEntry("B", "2027-Q2").containsEntry("C", "2027-Q3");
    }

    @Test
    void cyclesAreReportedAndTheirMembersStillScheduled() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 2, "C"), item("B", 2, "A"), item("C", 2, "B"),
                item("D", 2, "D"), item("E", 2, "A")), FOUR_QUARTERS, Map.of());
        assertThat(roadmap.issues()).filteredOn(i -> i.kind() == RoadmapIssue.Kind.DEPENDENCY_CYCLE)
                .extracting(RoadmapIssue::initiativeKeys)
                .containsExactly(List.of("A", "B", "C"), List.of("D"));
        assertThat(periods(roadmap)).containsOnlyKeys("A", "B", "C", "D", "E");
        assertThat(roadmap.unscheduled()).isEmpty();
    }

    @Test
    void pinnedInitiativesStayPutAndOverloadIsReported() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 6), item("B", 8), item("C", 3)),
                FOUR_QUARTERS, Map.of("B", "2027-Q1", "C", "2027-Q1"));
        assertThat(periods(roadmap)).containsEntry("B", "2027-Q1").containsEntry("C", "2027-Q1").containsEntry("A", "2027-Q2");
        assertThat(roadmap.placements()).filteredOn(Placement::pinned).extracting(Placement::initiativeKey)
                .containsExactlyInAnyOrder("B", "C");
        assertThat(roadmap.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(RoadmapIssue.Kind.OVER_CAPACITY);
            assertThat(i.initiativeKeys()).containsExactly("B", "C");
            assertThat(i.message()).contains("11 points in 2027-Q1");
        });
    }

    @Test
    void pinnedBeforeItsDependencyIsAConflictNotAMove() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 2, "B"), item("B", 2)), FOUR_QUARTERS,
                Map.of("A", "2027-Q1", "B", "2027-Q3"));
        assertThat(periods(roadmap)).containsEntry("A", "2027-Q1").containsEntry("B", "2027-Q3");
        assertThat(roadmap.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(RoadmapIssue.Kind.PINNED_BEFORE_DEPENDENCY);
            assertThat(i.initiativeKeys()).containsExactly("A", "B");
            assertThat(i.message()).contains("before B (until 2027-Q3)");
        });
    }

    @Test
    void dependantsOfAPinnedInitiativeFollowIt() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 2, "B"), item("B", 2)), FOUR_QUARTERS,
                Map.of("B", "2027-Q3"));
        assertThat(periods(roadmap)).containsEntry("A", "2027-Q3");
        assertThat(roadmap.issues()).isEmpty();
    }

    @Test
    void whatFitsNowhereIsUnscheduledWithAReasonAndSoAreItsDependants() {
        RoadmapSettings twoQuarters = new RoadmapSettings("2027-Q4", 2, 10, PeriodUnit.QUARTER);
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 9), item("B", 9), item("C", 9), item("D", 1, "C")),
                twoQuarters, Map.of());
        assertThat(roadmap.periods()).containsExactly("2027-Q4", "2028-Q1");
        assertThat(roadmap.unscheduled()).containsExactly("C", "D");
        assertThat(kinds(roadmap)).containsExactly(RoadmapIssue.Kind.UNSCHEDULED, RoadmapIssue.Kind.UNSCHEDULED);
        assertThat(roadmap.issues().get(1).message()).contains("depends on C");
    }

    @Test
    void anInitiativeLargerThanAPeriodIsSplitEvenlyOverConsecutivePeriodsAndItsDependantsFollow() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 3), item("B", 15), item("C", 2, "B")),
                FOUR_QUARTERS, Map.of());
        // B needs two periods with room for 8 and 7 points: Q1 (7 free) is too full, Q2 and Q3 are not.
        assertThat(roadmap.placements()).filteredOn(p -> p.initiativeKey().equals("B")).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo("2027-Q2");
            assertThat(p.endPeriod()).isEqualTo("2027-Q3");
            assertThat(p.reason()).contains("2 consecutive periods");
        });
        // C may share B's last period, never come before it.
        assertThat(periods(roadmap)).containsEntry("A", "2027-Q1").containsEntry("C", "2027-Q3");
        assertThat(roadmap.load()).extracting(PeriodLoad::used).containsExactly(3, 8, 9, 0);
        assertThat(kinds(roadmap)).containsExactly(RoadmapIssue.Kind.LARGER_THAN_A_PERIOD);
    }

    @Test
    void aPinnedInitiativeLargerThanAPeriodRunsOnFromItsPin() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 25)), FOUR_QUARTERS, Map.of("A", "2027-Q2"));
        assertThat(roadmap.placements()).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo("2027-Q2");
            assertThat(p.endPeriod()).isEqualTo("2027-Q4");
            assertThat(p.pinned()).isTrue();
        });
        assertThat(roadmap.load()).extracting(PeriodLoad::used).containsExactly(0, 9, 8, 8);
    }

    @Test
    void pinsOutsideTheHorizonAreReported() {
        Roadmap roadmap = RoadmapScheduler.schedule(List.of(item("A", 3)), FOUR_QUARTERS, Map.of("A", "2029-Q1"));
        assertThat(roadmap.unscheduled()).containsExactly("A");
        assertThat(roadmap.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("outside the roadmap"));
    }

    @Test
    void monthsAndHalfYearsAreSupported() {
        assertThat(Periods.labels(new RoadmapSettings("2027-11", 3, 5, PeriodUnit.MONTH)))
                .containsExactly("2027-11", "2027-12", "2028-01");
        assertThat(Periods.labels(new RoadmapSettings("2027-H2", 2, 5, PeriodUnit.HALF_YEAR)))
                .containsExactly("2027-H2", "2028-H1");
    }

    @Test
    void sameInputSameRoadmap() {
        List<RoadmapScheduler.Item> items = List.of(item("A", 4, "C"), item("B", 7), item("C", 5), item("D", 9, "A", "B"));
        assertThat(RoadmapScheduler.schedule(items, FOUR_QUARTERS, Map.of("B", "2027-Q2")))
                .isEqualTo(RoadmapScheduler.schedule(items, FOUR_QUARTERS, Map.of("B", "2027-Q2")));
    }
}
