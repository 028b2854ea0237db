package org.appsupervision.appstore.order;

/** What an order asks of the store: take the app down, or put it back after its takedown was lifted. */
public enum OrderKind {
    TAKEDOWN,
    REINSTATEMENT
}
