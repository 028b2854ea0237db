package org.appsupervision.penalty.proposal;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.appsupervision.platform.inbox.InboxConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Proposes cases against stores that let takedown orders go overdue. Each poll's records are applied in one
 * transaction (falling back to one by one if that fails); the topic's other events, most of them confirmations, are
 * skipped without a transaction of their own.
 */
@ApplicationScoped
public class AppstoreEventsConsumer extends InboxConsumer {

    /**
     * Why earlier versions parked an overdue order of a store in a province without a bureau; the ministry's
     * bureau acts now.
     */
    static final String NO_BUREAU = "No bureau for province code";

    public AppstoreEventsConsumer(Inbox inbox, CaseProposalService proposals) {
        super(inbox, EventHandlers.of("penalty-service.appstore-events")
                .on(TakedownOverdue.class, proposals::proposeForOverdue), NO_BUREAU);
    }

    @Incoming("appstore-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return apply(batch);
    }
}
