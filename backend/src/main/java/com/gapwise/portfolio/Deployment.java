package com.gapwise.portfolio;

/** How an application is run. */
public enum Deployment {
    SAAS, ON_PREMISE
}
