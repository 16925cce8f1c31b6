package com.gapwise.portfolio;

import static com.gapwise.portfolio.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioAssessmentTest {

    static Application app(String key, String vendor, Deployment deployment, double cost, Integer fit,
                           Integer integration, Integer health, List<String> lanes, List<String> elements) {
        return new Application(key, key.toUpperCase(), vendor, deployment, cost, "owner", fit, integration, health,
                lanes, elements, List.of(), null, null);
    }

    // processes: p1 current Agent t1,t2 ; future Agent t1, "CRM-system" t3, t4 carries application=tickets
    final PortfolioProcess p1 = new PortfolioProcess("p1", "Inquiry", model("Agent=t1,t2"),
            model("Agent=t1,t4@Ticketing", "CRM-system=t3"));
    final PortfolioProcess p2 = new PortfolioProcess("p2", "Refund", model("Back office=r1"),
            model("Back office=r1,r2", "Customer=r3"));

    @Test
    void supportIsResolvedByLaneNameByExtensionPropertyAndByHandEachSayingHow() {
        Application crm = app("crm", "Acme", Deployment.SAAS, 100, 4, 4, 4, List.of("crm system"), List.of());
        Application tickets = new Application("tickets", "Ticketing", List.of(), List.of(), List.of());
        Application erp = app("erp", "Acme", Deployment.ON_PREMISE, 50, 3, 3, 3, List.of("Back Office"),
                List.of("p2:r1", "p1:t1"));
        Map<String, List<SupportLink>> links = SupportResolver.resolve(List.of(crm, tickets, erp), List.of(p1, p2));

        assertThat(links.get("crm")).singleElement().satisfies(l -> {
            assertThat(l.elementId()).isEqualTo("t3");
            assertThat(l.future()).isTrue();
            assertThat(l.via()).isEqualTo(SupportLink.Via.LANE);
            assertThat(l.detail()).isEqualTo("CRM-system");
        });
        // the property names the application by its name ("Ticketing"), not its key
        assertThat(links.get("tickets")).singleElement().satisfies(l -> {
            assertThat(l.elementId()).isEqualTo("t4");
            assertThat(l.via()).isEqualTo(SupportLink.Via.PROPERTY);
        });
        // p2:r1 by hand (in both states: the id is in both models) wins over the lane; r2 by lane; p1:t1 by hand twice
        assertThat(links.get("erp")).extracting(l -> l.processKey() + ":" + l.elementId() + (l.future() ? "F" : "C")
                + ":" + l.via()).containsExactlyInAnyOrder("p1:t1C:HAND", "p1:t1F:HAND", "p2:r1C:HAND", "p2:r1F:HAND",
                "p2:r2F:LANE");
    }

    @Test
    void heatMapCountsCurrentAndFutureTasksPerProcessAndApplication() {
        Application crm = app("crm", "Acme", Deployment.SAAS, 100, 4, 4, 4, List.of("crm system", "Agent"), List.of());
        Application erp = app("erp", "Globex", Deployment.ON_PREMISE, 50, 2, 3, 2, List.of("Back Office"), List.of());
        PortfolioAssessment a = PortfolioAssessment.of(List.of(crm, erp), List.of(p1, p2));
        HeatMap.Cell crmP1 = a.heatMap().cell("p1", "crm");
        assertThat(crmP1.currentTasks()).isEqualTo(2); // t1, t2 in Agent
        assertThat(crmP1.futureTasks()).isEqualTo(3);  // t1, t4 in Agent, t3 in CRM-system
        assertThat(a.heatMap().cell("p1", "erp")).satisfies(c -> assertThat(c.currentTasks() + c.futureTasks()).isZero());
        assertThat(a.heatMap().cell("p2", "erp")).satisfies(c -> {
            assertThat(c.currentTasks()).isEqualTo(1);
            assertThat(c.futureTasks()).isEqualTo(2);
        });
        assertThat(a.heatMap().applications()).extracting(HeatMap.Column::posture)
                .containsExactly(Posture.RETAIN, Posture.REPLACE);
        assertThat(a.heatMap().processes()).extracting(HeatMap.Row::processName).containsExactly("Inquiry", "Refund");
    }

    @Test
    void futureTasksNoApplicationSupportsAreListedOnlyWhenThereIsAnInventory() {
        Application crm = app("crm", "Acme", Deployment.SAAS, 100, 4, 4, 4, List.of("Agent"), List.of());
        PortfolioAssessment a = PortfolioAssessment.of(List.of(crm), List.of(p1, p2));
        assertThat(a.unsupported().get("p1")).containsExactly("t3");
        assertThat(a.unsupported().get("p2")).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(a.summary().unsupportedFutureTasks()).isEqualTo(4);
        assertThat(a.summary().supportedFutureTasks()).isEqualTo(2);

        PortfolioAssessment none = PortfolioAssessment.of(List.of(), List.of(p1, p2));
        assertThat(none.unsupported().values()).allSatisfy(ids -> assertThat(ids).isEmpty());
        assertThat(none.summary().architecture()).isEqualTo("NONE");
    }

    @Test
    void summaryAddsCostsSharesVendorsAndCallsTheArchitecture() {
        Application crm = app("crm", "Acme", Deployment.SAAS, 300, 4, 4, 4, List.of("Agent", "crm system"), List.of());
        Application erp = app("erp", "Globex", Deployment.ON_PREMISE, 100, 3, 3, 3, List.of("Back Office"), List.of());
        Application portal = app("portal", "Acme", Deployment.SAAS, 0, 4, 4, 4, List.of("Customer"), List.of());
        Application fax = app("fax", "", Deployment.ON_PREMISE, 100, 1, 1, 1, List.of("Nobody"), List.of());
        PortfolioSummary s = PortfolioAssessment.of(List.of(crm, erp, portal, fax), List.of(p1, p2)).summary();

        assertThat(s.applications()).isEqualTo(4);
        assertThat(s.totalCost()).isEqualTo(500);
        assertThat(s.saas().applications()).isEqualTo(2);
        assertThat(s.saas().cost()).isEqualTo(300);
        assertThat(s.saas().costShare()).isEqualTo(0.6);
        assertThat(s.onPremise().countShare()).isEqualTo(0.5);
        // future tasks: p1 t1 t4 t3 (Acme), p2 r1 r2 (Globex), r3 (Acme): 6 supported, Acme 4 of them
        assertThat(s.supportedFutureTasks()).isEqualTo(6);
        assertThat(s.vendors().get(0)).satisfies(v -> {
            assertThat(v.vendor()).isEqualTo("Acme");
            assertThat(v.applications()).isEqualTo(2);
            assertThat(v.futureTasks()).isEqualTo(4);
        });
        assertThat(s.largestVendorShare()).isEqualTo(4.0 / 6);
        assertThat(s.architecture()).isEqualTo("SUITE");
        assertThat(s.architectureReason()).contains("Acme covers 67% of the 6 supported future-state tasks");
        assertThat(s.applicationsPerProcess()).containsEntry("p1", 1).containsEntry("p2", 2);
        assertThat(s.averageApplicationsPerProcess()).isEqualTo(1.5);
        assertThat(s.postures()).containsEntry(Posture.RETAIN, 3).containsEntry(Posture.RETIRE, 1)
                .containsEntry(Posture.REPLACE, 0).containsEntry(Posture.ENHANCE, 0);
    }

    @Test
    void belowTheSuiteShareThePortfolioIsPointSolutions() {
        Application crm = app("crm", "Acme", Deployment.SAAS, 0, 4, 4, 4, List.of("Agent"), List.of());
        Application erp = app("erp", "Globex", Deployment.SAAS, 0, 4, 4, 4, List.of("Back Office", "crm system"), List.of());
        PortfolioSummary s = PortfolioAssessment.of(List.of(crm, erp), List.of(p1, p2)).summary();
        // Acme t1 t4 (2), Globex t3 r1 r2 (3): 3 of 5 = 0.6 -> exactly at the share is a suite
        assertThat(s.largestVendorShare()).isEqualTo(0.6);
        assertThat(s.architecture()).isEqualTo("SUITE");
        Application portal = app("portal", "Initech", Deployment.SAAS, 0, 4, 4, 4, List.of("Customer"), List.of());
        PortfolioSummary t = PortfolioAssessment.of(List.of(crm, erp, portal), List.of(p1, p2)).summary();
        assertThat(t.largestVendorShare()).isEqualTo(0.5);
        assertThat(t.architecture()).isEqualTo("POINT_SOLUTIONS");
    }

    @Test
    void anInventoryEntryRefusesWhatItCannotHold() {
        assertThatThrownBy(() -> app("crm", "", null, 0, 6, 3, 3, List.of(), List.of()))
                .hasMessageContaining("functional fit of 'crm' must be 1 to 5, was 6");
        assertThatThrownBy(() -> app("crm", "", null, -1, 3, 3, 3, List.of(), List.of()))
                .hasMessageContaining("annual cost");
        assertThatThrownBy(() -> Application.checkNewKey("c rm")).hasMessageContaining("must be 1-60 letters");
        // keys stored before the rule (the settings document allowed any) are still read
        assertThat(app("Knowledge base", "", null, 0, 3, 3, 3, List.of(), List.of()).key()).isEqualTo("Knowledge base");
        assertThatThrownBy(() -> app("crm", "", null, 0, 3, 3, 3, List.of(), List.of("t1")))
                .hasMessageContaining("processKey:elementId");
        assertThatThrownBy(() -> new Application("crm", "CRM", "", null, 0.0, "", 3, 3, 3, List.of(), List.of(), List.of(),
                Posture.RETIRE, " ")).hasMessageContaining("needs a reason");
    }
}
