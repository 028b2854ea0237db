package org.appsupervision.appstore.order;

/** Why a store objects to a takedown order. */
public enum ObjectionReason {
    NOT_LISTED,
    WRONG_APP,
    ALREADY_REMOVED,
    OTHER
}
