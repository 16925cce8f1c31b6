package com.gapwise.metrics;

/** What a lane or pool stands for, as far as the service metrics are concerned. */
public enum LaneClass {
    /** The customer (or client, citizen...): the party the service is for. */
    CUSTOMER,
    /** People of the organisation: agents, teams, back office. The default. */
    HUMAN_ROLE,
    /** A back-end system of the organisation or an outside system: CRM, ERP, payment provider. */
    SYSTEM,
    /** A touchpoint the customer uses: portal, app, chat, phone line, email, branch. */
    CHANNEL
}
