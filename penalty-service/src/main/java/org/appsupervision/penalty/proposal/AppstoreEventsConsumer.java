package org.appsupervision.penalty.proposal;

import io.smallrye.common.annotation.Blocking;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Proposes cases against stores that let takedown orders go overdue. */
@ApplicationScoped
public class AppstoreEventsConsumer {

    /**
     * Why earlier versions parked an overdue order of a store in a province without a bureau; the ministry's
     * bureau acts now.
     */
    static final String NO_BUREAU = "No bureau for province code";


    private final Inbox inbox;
    private final EventHandlers handlers;

    public AppstoreEventsConsumer(Inbox inbox, CaseProposalService proposals) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of("penalty-service.appstore-events")
                .on(TakedownOverdue.class, proposals::proposeForOverdue);
    }

    @Incoming("appstore-events")
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
