package org.appsupervision.penalty.messaging;

import io.smallrye.common.annotation.Blocking;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.HolidayCalendarChanged;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.penalty.calendar.HolidayCalendarService;
import org.appsupervision.penalty.proposal.CaseProposalService;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Applies notice-service's events: takedowns after a refusal to rectify propose cases, and holiday
 * calendar changes update the calendar copy and recompute open deadlines.
 */
@ApplicationScoped
public class NoticeEventsConsumer {

    /**
     * Why earlier versions parked a refusal of an operator in a province without a bureau; the ministry's
     * bureau acts now.
     */
    static final String NO_BUREAU = "No bureau for province code";


    private final Inbox inbox;
    private final EventHandlers handlers;

    public NoticeEventsConsumer(Inbox inbox, CaseProposalService proposals, HolidayCalendarService calendar) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of("penalty-service.notice-events")
                .on(TakedownOrdered.class, proposals::proposeForRefusal)
                .on(HolidayCalendarChanged.class, calendar::apply);
    }

    @Incoming("notice-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.apply(message, handlers);
    }

    /** Applies again, once at startup, the events earlier versions parked for a reason this one no longer fails on. */
    void reapplyParkedAtStartup(@Observes StartupEvent start) {
        inbox.reapplyParkedAtStartup(handlers, NO_BUREAU);
    }

    int reapplyParked() {
        return inbox.reapplyParked(handlers, NO_BUREAU);
    }
}
