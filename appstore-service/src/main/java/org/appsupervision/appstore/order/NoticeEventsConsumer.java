package org.appsupervision.appstore.order;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownLifted;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.appsupervision.platform.inbox.InboxConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns each published takedown into orders to the stores, and each lifted takedown into reinstatements, exactly once per event. */
@ApplicationScoped
public class NoticeEventsConsumer extends InboxConsumer {

    /**
     * Why earlier versions parked a whole takedown when one named store could not take an order; now only that
     * store's order is undeliverable.
     */
    static final String UNDELIVERABLE_STORES = "Notice names stores that are not registered or deactivated";

    public NoticeEventsConsumer(Inbox inbox, TakedownOrderService orders) {
        super(inbox, EventHandlers.of("appstore-service.notice-events")
                .onBatch(TakedownOrdered.class, orders::createOrders)
                .on(TakedownLifted.class, orders::createReinstatements), UNDELIVERABLE_STORES);
    }

    /** Each poll's records in one transaction (many takedowns, one insert), falling back to one by one if it fails. */
    @Incoming("notice-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return apply(batch);
    }
}
