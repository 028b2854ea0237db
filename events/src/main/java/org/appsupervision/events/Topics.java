package org.appsupervision.events;

/** Kafka topic names and the event types each one carries. */
public final class Topics {

    /** Published by notice-service: TakedownOrdered, TakedownLifted, HolidayCalendarChanged. */
    public static final String NOTICE_EVENTS = "notice.events";

    /** Published by appstore-service: TakedownConfirmed, TakedownOverdue, TakedownObjected, StoreChanged. */
    public static final String APPSTORE_EVENTS = "appstore.events";

    /** Published by penalty-service: CaseOpened, PenaltyDecided, CaseClosed. */
    public static final String PENALTY_EVENTS = "penalty.events";

    private Topics() {
    }
}
