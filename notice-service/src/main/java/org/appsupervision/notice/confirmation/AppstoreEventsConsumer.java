package org.appsupervision.notice.confirmation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.StoreChanged;
import org.appsupervision.events.TakedownConfirmed;
import org.appsupervision.notice.store.StoreCopy;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.appsupervision.platform.inbox.InboxConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records the stores' takedown confirmations against the notice items they answer, and keeps the store list in step. */
@ApplicationScoped
public class AppstoreEventsConsumer extends InboxConsumer {

    public AppstoreEventsConsumer(Inbox inbox, StoreConfirmationRepository confirmations, StoreCopy stores) {
        super(inbox, EventHandlers.of("notice-service.appstore-events")
                .on(TakedownConfirmed.class, event -> record(confirmations, event))
                .on(StoreChanged.class, stores::apply));
    }

    @Incoming("appstore-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return apply(message);
    }

    private static void record(StoreConfirmationRepository confirmations, TakedownConfirmed event) {
        StoreConfirmation.Key key = new StoreConfirmation.Key(event.itemId(), event.storeCode());
        if (confirmations.findByIdOptional(key).isPresent()) {
            return;
        }
        StoreConfirmation confirmation = new StoreConfirmation();
        confirmation.itemId = event.itemId();
        confirmation.storeCode = event.storeCode();
        confirmation.orderId = event.orderId();
        confirmation.removedAt = event.removedAt();
        confirmation.confirmedAt = event.confirmedAt();
        confirmation.listingReference = event.listingReference();
        confirmations.persist(confirmation);
    }
}
