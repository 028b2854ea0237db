package org.appsupervision.penalty.proposal;

import io.smallrye.common.annotation.Blocking;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Proposes cases against stores that let takedown orders go overdue. Each poll's records are applied in one
 * transaction (falling back to one by one if that fails); the topic's other events, most of them confirmations, are
 * skipped without a transaction of their own.
 */
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
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.apply(batch, handlers);
    }

    /** Applies again, once at startup, the events earlier versions parked for a reason this one no longer fails on. */
    void reapplyParkedAtStartup(@Observes StartupEvent start) {
        inbox.reapplyParkedAtStartup(handlers, NO_BUREAU);
    }

    int reapplyParked() {
        return inbox.reapplyParked(handlers, NO_BUREAU);
    }
}
