/**
 * The application portfolio: the inventory, what each application supports in the process models (by lane,
 * by a BPMN extension property, by hand), posture recommendations by explicit rules, the overall posture
 * summary and the process-by-application heat map. Facade {@link com.gapwise.portfolio.PortfolioAssessment#of}.
 * Plain Java; depends only on the model (and the gaps' text normalisation), never on the strategy.
 */
package com.gapwise.portfolio;
