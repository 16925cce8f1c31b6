/**
 * The strategy engine: requirements from gaps, initiatives bundled from requirements, transparent
 * scoring, roadmap scheduling and the keeping of analysts' decisions across re-analysis. Facade
 * {@link com.gapwise.strategy.StrategyEngine}. Plain Java; every value is an immutable record whose
 * component names are its JSON fields.
 */
package com.gapwise.strategy;
