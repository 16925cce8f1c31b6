package com.gapwise.portfolio;

import java.util.List;
import java.util.Map;

/**
 * The overall posture of the portfolio.
 *
 * @param postures                  applications per posture in force (every posture present, 0 when none)
 * @param vendors                   vendors by the share of supported future-state tasks they cover, largest first
 * @param supportedFutureTasks      distinct future-state tasks supported by at least one application
 * @param unsupportedFutureTasks    distinct future-state tasks no application supports
 * @param largestVendorShare        share (0-1) of the supported future-state tasks the largest vendor covers
 * @param applicationsPerProcess    process key to the number of applications supporting one of its tasks
 * @param averageApplicationsPerProcess mean of those numbers over the processes, 0 without processes
 * @param architecture              SUITE when the largest vendor covers at least {@value #SUITE_SHARE} of the
 *                                  supported future tasks, POINT_SOLUTIONS otherwise, NONE without support
 */
public record PortfolioSummary(int applications, double totalCost, Map<Posture, Integer> postures,
                               DeploymentShare saas, DeploymentShare onPremise, List<VendorShare> vendors,
                               int supportedFutureTasks, int unsupportedFutureTasks, double largestVendorShare,
                               Map<String, Integer> applicationsPerProcess, double averageApplicationsPerProcess,
                               String architecture, String architectureReason) {

    /** The largest vendor's share of supported future tasks from which the portfolio reads as a suite. */
    public static final double SUITE_SHARE = 0.6;

    /** Applications of one deployment: how many, their cost, and their shares of the count and of the cost (0-1). */
    public record DeploymentShare(int applications, double cost, double countShare, double costShare) {
    }

    /** One vendor: its applications, their cost and the distinct future-state tasks they support. */
    public record VendorShare(String vendor, int applications, double cost, int futureTasks, double share) {
    }
}
