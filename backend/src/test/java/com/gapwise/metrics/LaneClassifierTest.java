package com.gapwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaneClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Customer, CUSTOMER",
        "Customers, CUSTOMER",
        "Citizen, CUSTOMER",
        "Client, CUSTOMER",
        "Customer Service, HUMAN_ROLE",
        "Customer Onboarding, HUMAN_ROLE",
        "Customer data platform, SYSTEM",
        "Customer Service Agent, HUMAN_ROLE",
        "Contact Centre Agent, HUMAN_ROLE",
        "Tier 2 Support, HUMAN_ROLE",
        "Billing Team, HUMAN_ROLE",
        "CRM team, HUMAN_ROLE",
        "Phone agent, HUMAN_ROLE",
        "Call Centre, HUMAN_ROLE",
        "CRM System, SYSTEM",
        "SAP ERP, SYSTEM",
        "Agent desktop application, SYSTEM",
        "RPA bot, SYSTEM",
        "IVR system, SYSTEM",
        "Self-Service Portal, CHANNEL",
        "Customer portal, CHANNEL",
        "Chatbot, CHANNEL",
        "Virtual agent, CHANNEL",
        "Live chat, CHANNEL",
        "Email, CHANNEL",
        "Branch, CHANNEL",
        "Logistics, HUMAN_ROLE",
    })
    void namesDecideByTheirHeadWord(String name, LaneClass expected) {
        ProcessModel model = new ModelBuilder().process("p").pool("pool", "Acme", "p").lane("l", name)
                .task("t", "Do something", "l").build();

        ClassifiedLane lane = LaneClassifier.withoutOverrides().classify(model).find("l").orElseThrow();

        assertThat(lane.laneClass()).isEqualTo(expected);
        assertThat(lane.rule()).isNotBlank();
    }

    @Test
    void explainsTheRuleThatFired() {
        ProcessModel model = new ModelBuilder().process("p").lane("a", "Contact Centre Agent").lane("s", "CRM System")
                .lane("x", "Logistics").task("t", "Ship", "x").build();

        LaneClassification classification = LaneClassifier.withoutOverrides().classify(model);

        assertThat(classification.find("a").orElseThrow().rule()).isEqualTo("name: 'agent' is a role word");
        assertThat(classification.find("s").orElseThrow().rule()).isEqualTo("name: 'system' is a system word");
        assertThat(classification.find("x").orElseThrow().rule()).startsWith("default");
    }

    @Test
    void aLaneOfOnlyServiceAndScriptTasksIsASystem() {
        ProcessModel model = new ModelBuilder().process("p").lane("b", "Billing").lane("h", "Fulfilment")
                .node("t1", ElementKind.SERVICE_TASK, "Charge card", "b")
                .node("t2", ElementKind.SCRIPT_TASK, "Compute fee", "b")
                .node("t3", ElementKind.SEND_TASK, "Send invoice", "b")
                .node("t4", ElementKind.SERVICE_TASK, "Reserve stock", "h")
                .task("t5", "Pack parcel", "h")
                .build();

        LaneClassification classification = LaneClassifier.withoutOverrides().classify(model);

        assertThat(classification.find("b").orElseThrow().laneClass()).isEqualTo(LaneClass.SYSTEM);
        assertThat(classification.find("b").orElseThrow().rule()).startsWith("structure");
        assertThat(classification.find("h").orElseThrow().laneClass()).isEqualTo(LaneClass.HUMAN_ROLE);
    }

    @Test
    void nestedLanesInheritTheirParentsClassUnlessTheirNameSaysOtherwise() {
        ProcessModel model = new ModelBuilder().process("p")
                .lane("crm", "CRM Platform").lane("case", "Case module", "crm").lane("ops", "Operations team", "crm")
                .task("t1", "Open case", "case").task("t2", "Check case", "ops").build();

        LaneClassification classification = LaneClassifier.withoutOverrides().classify(model);

        assertThat(classification.find("case").orElseThrow())
                .extracting(ClassifiedLane::laneClass, ClassifiedLane::rule)
                .containsExactly(LaneClass.SYSTEM, "inherited from parent lane 'CRM Platform'");
        assertThat(classification.find("ops").orElseThrow().laneClass()).isEqualTo(LaneClass.HUMAN_ROLE);
    }

    @Test
    void blackBoxPoolsAreCustomersWhenSoNamedElseOutsideSystems() {
        ProcessModel model = new ModelBuilder().process("p").pool("org", "Acme Insurance", "p")
                .pool("c", "Policyholder", null).pool("bank", "Acme Bank", null).task("t", "Pay claim", null).build();

        LaneClassification classification = LaneClassifier.withoutOverrides().classify(model);

        assertThat(classification.find("c").orElseThrow().laneClass()).isEqualTo(LaneClass.CUSTOMER);
        assertThat(classification.find("bank").orElseThrow().laneClass()).isEqualTo(LaneClass.SYSTEM);
        assertThat(classification.find("bank").orElseThrow().rule()).startsWith("black box");
        assertThat(classification.find("org").orElseThrow().laneClass()).isEqualTo(LaneClass.HUMAN_ROLE);
    }

    @Test
    void analystOverridesWinByNameIgnoringCaseAndSpacing() {
        ProcessModel model = new ModelBuilder().process("p").lane("l1", "CRM System").lane("l2", "Kiosk  Desk")
                .build();

        LaneClassification classification = new LaneClassifier(
                Map.of("crm system", LaneClass.HUMAN_ROLE, "kiosk desk", LaneClass.CHANNEL)).classify(model);

        assertThat(classification.find("l1").orElseThrow())
                .extracting(ClassifiedLane::laneClass, ClassifiedLane::rule)
                .containsExactly(LaneClass.HUMAN_ROLE, "override by the analyst");
        assertThat(classification.find("l2").orElseThrow().laneClass()).isEqualTo(LaneClass.CHANNEL);
    }

    @Test
    void nameLevelAnswersForTheGapRulesComeFromTheSameVocabulary() {
        LaneClassifier rules = LaneClassifier.withoutOverrides();
        assertThat(rules.facesCustomer("Customer")).isTrue();
        assertThat(rules.facesCustomer("Contact centre agents")).isTrue();   // a front-line role
        assertThat(rules.facesCustomer("Self-service portal")).isTrue();     // a channel
        assertThat(rules.facesCustomer("Back office")).isFalse();            // a role away from the customer
        assertThat(rules.facesCustomer("Mail room")).isFalse();              // a team, not the email channel
        assertThat(rules.isSystem("Self-service portal")).isTrue();          // a channel run as software
        assertThat(rules.isSystem("Phone")).isFalse();                       // a channel that is not software
        assertThat(rules.isSystem("CRM team")).isFalse();                    // the head word decides: a team
        assertThat(rules.isSystem("Payment gateway")).isTrue();
        assertThat(rules.classOfName("Finance")).isEmpty();                  // the name says nothing
        assertThat(rules.classOfName("Warehouse Operative")).contains(LaneClass.HUMAN_ROLE);
        assertThat(rules.classOfName("Parts Store")).contains(LaneClass.HUMAN_ROLE); // a stockroom, not a shop
        assertThat(rules.classOfName("Complainant")).contains(LaneClass.CUSTOMER);

        LaneClassifier analyst = new LaneClassifier(Map.of("Finance", LaneClass.SYSTEM, "Customer", LaneClass.HUMAN_ROLE));
        assertThat(analyst.classOfName("finance")).contains(LaneClass.SYSTEM);
        assertThat(analyst.isSystem("Finance")).isTrue();
        assertThat(analyst.facesCustomer("Customer")).isFalse();
    }
}
