package com.gapwise.workspace;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Connects the derivation to the strategy engine. Not wired yet: derives no items. */
@Component
class EngineBridge implements Analysis.Engine {

    @Override
    public Analysis.Derivation derive(List<Analysis.ProcessPair> processes, List<Decision> decisions, List<Goal> goals,
                                      String settings) {
        return new Analysis.Derivation(List.of(), Map.of("staleDecisions", List.of(), "warnings",
                List.of("strategy engine not wired yet")));
    }
}
