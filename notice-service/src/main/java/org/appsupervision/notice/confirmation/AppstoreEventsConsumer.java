package org.appsupervision.notice.confirmation;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.StoreChanged;
import org.appsupervision.events.TakedownConfirmed;
import org.appsupervision.notice.store.StoreCopy;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.appsupervision.platform.inbox.InboxConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records the stores' takedown confirmations against the notice items they answer, and keeps the store list in step.
 * Each poll's records are applied in one transaction (the confirmations among them in one statement), falling back to
 * one by one if that fails, as the inbox does.
 */
@ApplicationScoped
public class AppstoreEventsConsumer extends InboxConsumer {

    public AppstoreEventsConsumer(Inbox inbox, StoreConfirmationRepository confirmations, StoreCopy stores) {
        super(inbox, EventHandlers.of("notice-service.appstore-events")
                .onBatch(TakedownConfirmed.class, confirmations::recordAll)
                .on(StoreChanged.class, stores::apply));
    }

    @Incoming("appstore-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return apply(batch);
    }
}
