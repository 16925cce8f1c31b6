package com.gapwise.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RaciMatrixTest {

    static final List<String> ROLES = List.of("Sponsor", "Lead", "Analyst");

    static RaciMatrix.Activity row(String name, String... roleLetters) {
        Map<String, Set<Raci>> cells = new LinkedHashMap<>();
        for (int i = 0; i < roleLetters.length; i += 2) {
            cells.put(roleLetters[i], Raci.parse(roleLetters[i + 1]));
        }
        return new RaciMatrix.Activity(null, name, cells);
    }

    @Test
    void oneAccountableAndOneResponsibleIsValid() {
        RaciMatrix m = new RaciMatrix(ROLES, List.of(row("Charter", "Sponsor", "A", "Lead", "R", "Analyst", "C")));
        assertThat(m.violations()).isEmpty();
        assertThat(m.isValid()).isTrue();
    }

    @Test
    void oneRoleMayBeBothAccountableAndResponsible() {
        RaciMatrix m = new RaciMatrix(ROLES, List.of(row("Goals", "Lead", "AR", "Analyst", "I")));
        assertThat(m.violations()).isEmpty();
    }

    @Test
    void anActivityWithoutAccountableIsReported() {
        RaciMatrix m = new RaciMatrix(ROLES, List.of(row("Charter", "Lead", "R")));
        assertThat(m.violations()).extracting(RaciViolation::activity, RaciViolation::role, RaciViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Charter", null, "NO_ACCOUNTABLE"));
    }

    @Test
    void everyAccountableRoleOfAnOverAssignedActivityIsReported() {
        RaciMatrix m = new RaciMatrix(ROLES, List.of(row("Roadmap", "Sponsor", "A", "Lead", "A", "Analyst", "R")));
        assertThat(m.violations()).extracting(RaciViolation::role, RaciViolation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sponsor", "SEVERAL_ACCOUNTABLE"),
                org.assertj.core.groups.Tuple.tuple("Lead", "SEVERAL_ACCOUNTABLE"));
        assertThat(m.violations().get(0).message()).contains("Roadmap").contains("2 Accountable").contains("Sponsor, Lead");
    }

    @Test
    void anActivityWithoutResponsibleIsReported() {
        RaciMatrix m = new RaciMatrix(ROLES, List.of(row("Scoring", "Sponsor", "A", "Analyst", "CI")));
        assertThat(m.violations()).extracting(RaciViolation::activity, RaciViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Scoring", "NO_RESPONSIBLE"));
    }

    @Test
    void anEmptyRowBreaksBothRulesAndEveryRowIsChecked() {
        RaciMatrix m = new RaciMatrix(ROLES, List.of(row("A1"), row("A2", "Lead", "AR"), row("A3", "Lead", "C")));
        assertThat(m.violations()).extracting(RaciViolation::activity, RaciViolation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A1", "NO_ACCOUNTABLE"),
                org.assertj.core.groups.Tuple.tuple("A1", "NO_RESPONSIBLE"),
                org.assertj.core.groups.Tuple.tuple("A3", "NO_ACCOUNTABLE"),
                org.assertj.core.groups.Tuple.tuple("A3", "NO_RESPONSIBLE"));
    }

    @Test
    void lettersForAnUndeclaredRoleDoNotCount() {
        RaciMatrix m = new RaciMatrix(ROLES, List.of(row("Charter", "Lead", "R", "Vendor", "A")));
        assertThat(m.violations()).extracting(RaciViolation::role, RaciViolation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Vendor", "UNKNOWN_ROLE"),
                org.assertj.core.groups.Tuple.tuple(null, "NO_ACCOUNTABLE"));
    }

    @Test
    void duplicateActivitiesAndRolesAreReported() {
        RaciMatrix m = new RaciMatrix(List.of("Lead", "lead"),
                List.of(row("Charter", "Lead", "AR"), row(" charter", "Lead", "AR")));
        assertThat(m.violations()).extracting(RaciViolation::rule).containsExactly("DUPLICATE_ROLE", "DUPLICATE_ACTIVITY");
    }

    @Test
    void theDefaultIsEveryStepOfTheThreePhasesAndValid() {
        RaciMatrix m = RaciMatrix.methodDefault();
        assertThat(m.activities()).extracting(RaciMatrix.Activity::name).containsExactly(
                "Charter", "RACI", "Goals", "Process catalogue", "Process scoring", "Future-state models",
                "Current-state models", "Application inventory", "Requirements review",
                "Architectural posture", "Initiatives", "Initiative scoring", "Roadmap", "Strategy document");
        assertThat(m.activities()).extracting(RaciMatrix.Activity::phase).containsSequence(
                MethodPhase.DEFINE, MethodPhase.DEFINE).contains(MethodPhase.EVALUATE, MethodPhase.ROADMAP);
        assertThat(m.violations()).isEmpty();
    }

    @Test
    void cellsParseLettersInAnyCaseAndRejectOthers() {
        assertThat(Raci.parse("r, a")).containsExactlyInAnyOrder(Raci.R, Raci.A);
        assertThat(Raci.parse("")).isEmpty();
        assertThat(Raci.format(Raci.parse("IA"))).isEqualTo("AI");
        assertThatThrownBy(() -> Raci.parse("AX")).hasMessageContaining("'X'");
    }
}
