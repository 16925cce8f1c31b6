package com.gapwise.portfolio;

import com.gapwise.model.ProcessModel;

/** One catalogue process's models as the portfolio sees them; {@code current} may be an empty model. */
public record PortfolioProcess(String processKey, String processName, ProcessModel current, ProcessModel future) {
}
