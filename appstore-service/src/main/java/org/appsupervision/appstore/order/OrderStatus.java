package org.appsupervision.appstore.order;

/** Where a takedown order stands; an order past its deadline and still pending is shown as overdue. */
public enum OrderStatus {
    PENDING,
    CONFIRMED
}
