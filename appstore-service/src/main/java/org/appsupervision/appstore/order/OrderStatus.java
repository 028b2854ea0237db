package org.appsupervision.appstore.order;

/**
 * Where an order stands. The clock runs while PENDING or ACKNOWLEDGED, stops while OBJECTED, and
 * ends at CONFIRMED or WITHDRAWN (an objection the officials accepted).
 */
public enum OrderStatus {
    PENDING,
    ACKNOWLEDGED,
    OBJECTED,
    CONFIRMED,
    WITHDRAWN;

    boolean clockRuns() {
        return this == PENDING || this == ACKNOWLEDGED;
    }
}
