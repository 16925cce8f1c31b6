package com.gapwise.strategy;

import com.gapwise.gaps.Gap;
import com.gapwise.portfolio.PortfolioAssessment;
import java.util.List;

/**
 * Everything derived from the models, settings and decisions: the strategy as a value.
 *
 * @param gaps           all gaps with their triage status, by process in input order, then rule order
 * @param requirements   requirements of gaps not dismissed, with edits applied, in gap order
 * @param initiatives    in priority order (score rank)
 * @param staleDecisions decisions whose key no longer exists, with the reason
 * @param warnings       inputs the engine could not use as given (unknown goal links, bad periods, ...)
 * @param portfolio      the application portfolio over the models: support, postures, summary, heat map
 */
public record Strategy(List<Gap> gaps, List<Requirement> requirements, List<Initiative> initiatives, Roadmap roadmap,
                       List<StaleDecision> staleDecisions, List<String> warnings, PortfolioAssessment portfolio) {

    public Strategy {
        gaps = Copies.list(gaps);
        requirements = Copies.list(requirements);
        initiatives = Copies.list(initiatives);
        staleDecisions = Copies.list(staleDecisions);
        warnings = Copies.list(warnings);
        portfolio = portfolio == null ? PortfolioAssessment.EMPTY : portfolio;
    }
}
