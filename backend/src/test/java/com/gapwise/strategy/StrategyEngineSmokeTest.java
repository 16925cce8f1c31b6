package com.gapwise.strategy;

import static com.gapwise.gaps.TestModels.diff;
import static com.gapwise.gaps.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.diff.ChangeType;
import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyEngineSmokeTest {

    @Test
    void derivesAStrategyThatSerialisesAndReadsBack() throws Exception {
        ProcessModel current = model("p").lane("L1", "Agent").lane("L2", "Back office")
                .node("t1", ElementKind.USER_TASK, "Check claim", "L1")
                .node("t2", ElementKind.MANUAL_TASK, "Print letter", "L2").flow("t1", "t2").build();
        ProcessModel future = model("p").lane("L1", "Agent").lane("L3", "Self-service portal")
                .node("t1", ElementKind.SERVICE_TASK, "Check claim", "L1")
                .node("t3", ElementKind.USER_TASK, "Submit claim online", "L3").flow("t3", "t1").build();
        var diff = diff().match("t1", "t1", "userTask")
                .change(ChangeType.AUTOMATED, "t1", "t1", "serviceTask", "Check claim", "Agent", "userTask", "serviceTask")
                .added("t3", "userTask", "Submit claim online", "Self-service portal")
                .added("L3", "lane", "Self-service portal", null)
                .removed("t2", "manualTask", "Print letter", "Back office")
                .removed("L2", "lane", "Back office", null)
                .build();
        Strategy strategy = StrategyEngine.derive(List.of(new ProcessAnalysis("claims", "Claims", current, future, diff)),
                StrategySettings.defaults(), Decisions.none());
        assertThat(strategy.gaps()).hasSize(5);
        assertThat(strategy.initiatives()).isNotEmpty();
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(strategy);
        Strategy back = mapper.readValue(json, Strategy.class);
        assertThat(back).isEqualTo(strategy);
        String decisionsJson = mapper.writeValueAsString(Decisions.none().withPlacement("I-x", "2027-Q2"));
        assertThat(mapper.readValue(decisionsJson, Decisions.class).placements()).containsEntry("I-x", "2027-Q2");
    }
}
