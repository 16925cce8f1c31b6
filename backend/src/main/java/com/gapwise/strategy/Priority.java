package com.gapwise.strategy;

/** MoSCoW priority, highest first. */
public enum Priority {
    MUST, SHOULD, COULD, WONT
}
