package org.appsupervision.appstore.order;

/** The officials' answer to an objection: accepted withdraws the order, rejected restarts its clock. */
public enum ObjectionOutcome {
    ACCEPTED,
    REJECTED
}
