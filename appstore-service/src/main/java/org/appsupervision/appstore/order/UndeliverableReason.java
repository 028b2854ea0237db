package org.appsupervision.appstore.order;

/** Why a store a takedown named received no order. */
public enum UndeliverableReason {
    /** The store code is not in the registry. */
    STORE_NOT_REGISTERED,
    /** The store is registered but was deactivated. */
    STORE_DEACTIVATED
}
