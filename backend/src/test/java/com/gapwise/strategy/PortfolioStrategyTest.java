package com.gapwise.strategy;

import static com.gapwise.portfolio.Models.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.DiffEngine;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapType;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import com.gapwise.portfolio.Application;
import com.gapwise.portfolio.Deployment;
import com.gapwise.portfolio.Posture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portfolio's effect on the strategy: unsupported-task gaps and initiatives named by posture. */
class PortfolioStrategyTest {

    static final DiffEngine DIFF = DiffEngine.using(ProcessMatcher.withDefaults());
    final ProcessModel current = model("Agent=t1");
    final ProcessModel future = model("Agent=t1,t4", "Billing system=t3");

    Strategy derive(List<Application> applications, Decisions decisions) {
        ProcessAnalysis p = new ProcessAnalysis("p1", "Inquiry", current, future, DIFF.diff(current, future));
        return StrategyEngine.derive(List.of(p),
                new StrategySettings(List.of(), null, null, applications), decisions);
    }

    static Application crm(Integer fit, Integer integration, Integer health, Posture override) {
        return new Application("crm", "CRM", "Acme", Deployment.SAAS, 1000.0, "Service", fit, integration, health,
                List.of("Agent"), List.of(), List.of(), override, override == null ? null : "decided by the board");
    }

    @Test
    void aFutureTaskNoApplicationSupportsIsAGapWithAFunctionalRequirement() {
        Strategy s = derive(List.of(crm(4, 4, 4, null)), Decisions.none());
        List<Gap> unsupported = s.gaps().stream().filter(g -> g.type() == GapType.UNSUPPORTED_TASK).toList();
        assertThat(unsupported).singleElement().satisfies(g -> {
            assertThat(g.future()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("t3"));
            assertThat(g.title()).isEqualTo("Unsupported task: Task t3");
            assertThat(g.description()).contains("no application of the portfolio supports it");
        });
        assertThat(s.requirements()).filteredOn(r -> r.gapKeys().contains(unsupported.get(0).key())).singleElement()
                .satisfies(r -> {
                    assertThat(r.type()).isEqualTo(RequirementType.FUNCTIONAL);
                    assertThat(r.text()).startsWith("An application supports 'Task t3'");
                });
        assertThat(s.portfolio().posture("crm").posture()).isEqualTo(Posture.RETAIN);
    }

    @Test
    void withoutAnInventoryThereAreNoUnsupportedTaskGaps() {
        assertThat(derive(List.of(), Decisions.none()).gaps()).extracting(Gap::type)
                .isNotEmpty().doesNotContain(GapType.UNSUPPORTED_TASK);
    }

    @Test
    void anApplicationToReplaceOrEnhanceNamesItsInitiativeAndAnAnalystsRenameStillWins() {
        Strategy replace = derive(List.of(crm(4, 3, 2, null)), Decisions.none());
        assertThat(replace.initiatives()).filteredOn(i -> i.key().equals("I-app-crm")).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Replace CRM");
            assertThat(i.bundleReason()).contains("its posture is replace (rule FAILING_PLATFORM)");
        });
        Strategy enhance = derive(List.of(crm(4, 1, 4, null)), Decisions.none());
        assertThat(enhance.initiatives()).filteredOn(i -> i.key().equals("I-app-crm")).extracting(Initiative::name)
                .containsExactly("Enhance CRM");
        Strategy retain = derive(List.of(crm(4, 4, 4, null)), Decisions.none());
        assertThat(retain.initiatives()).filteredOn(i -> i.key().equals("I-app-crm")).extracting(Initiative::name)
                .containsExactly("CRM");
        Strategy overridden = derive(List.of(crm(4, 4, 4, Posture.REPLACE)), Decisions.none());
        assertThat(overridden.initiatives()).filteredOn(i -> i.key().equals("I-app-crm")).singleElement()
                .satisfies(i -> assertThat(i.bundleReason()).contains("set by an analyst: decided by the board"));
        Strategy renamed = derive(List.of(crm(4, 3, 2, null)),
                Decisions.none().withInitiativeName("I-app-crm", "New agent desktop"));
        assertThat(renamed.initiatives()).filteredOn(i -> i.key().equals("I-app-crm")).extracting(Initiative::name)
                .containsExactly("New agent desktop");
    }

    @Test
    void aTaskNamingItsApplicationByExtensionPropertyBundlesIntoThatApplication() {
        ProcessModel withProperty = model("Agent=t1,t4@Ticketing");
        ProcessAnalysis p = new ProcessAnalysis("p1", "Inquiry", current, withProperty, DIFF.diff(current, withProperty));
        Application ticketing = new Application("tix", "Ticketing", List.of(), List.of(), List.of());
        Strategy s = StrategyEngine.derive(List.of(p), new StrategySettings(List.of(), null, null,
                List.of(ticketing)), Decisions.none());
        assertThat(s.requirements()).filteredOn(r -> r.elementIds().contains("t4")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.initiativeKey()).isEqualTo("I-app-tix"));
        // t1 carries no property and no lane is listed: it alone is unsupported
        assertThat(s.gaps()).filteredOn(g -> g.type() == GapType.UNSUPPORTED_TASK)
                .flatExtracting(g -> g.future().stream().map(r -> r.id()).toList()).containsExactly("t1");
    }
}
