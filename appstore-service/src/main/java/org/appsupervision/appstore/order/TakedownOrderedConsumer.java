package org.appsupervision.appstore.order;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownLifted;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Turns each published takedown into orders to the stores, and each lifted takedown into reinstatements, exactly once per event. */
@ApplicationScoped
public class TakedownOrderedConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    public TakedownOrderedConsumer(Inbox inbox, TakedownOrderService orders) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of("appstore-service.notice-events")
                .on(TakedownOrdered.class, orders::createOrders)
                .on(TakedownLifted.class, orders::createReinstatements);
    }

    @Incoming("notice-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.apply(message, handlers);
    }
}
