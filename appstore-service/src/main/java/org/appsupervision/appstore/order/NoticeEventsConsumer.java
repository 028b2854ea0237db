package org.appsupervision.appstore.order;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownLifted;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Turns each published takedown into orders to the stores, and each lifted takedown into reinstatements, exactly once per event. */
@ApplicationScoped
public class NoticeEventsConsumer {

    /**
     * Why earlier versions parked a whole takedown when one named store could not take an order; now only that
     * store's order is undeliverable.
     */
    static final String UNDELIVERABLE_STORES = "Notice names stores that are not registered or deactivated";


    private final Inbox inbox;
    private final EventHandlers handlers;

    public NoticeEventsConsumer(Inbox inbox, TakedownOrderService orders) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of("appstore-service.notice-events")
                .onBatch(TakedownOrdered.class, orders::createOrders)
                .on(TakedownLifted.class, orders::createReinstatements);
    }

    /** Each poll's records in one transaction (many takedowns, one insert), falling back to one by one if it fails. */
    @Incoming("notice-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.apply(batch, handlers);
    }

    /** Applies messages as one batch (without acknowledging them), as {@link #consume} does with each poll. */
    void applyAll(List<? extends Message<String>> messages) {
        inbox.applyAll(messages, handlers);
    }

    /** Applies again, once at startup, the events earlier versions parked for a reason this one no longer fails on. */
    void reapplyParkedAtStartup(@Observes StartupEvent start) {
        inbox.reapplyParkedAtStartup(handlers, UNDELIVERABLE_STORES);
    }

    int reapplyParked() {
        return inbox.reapplyParked(handlers, UNDELIVERABLE_STORES);
    }
}
