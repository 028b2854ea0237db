package org.appsupervision.penalty.proposal;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Proposes cases against operators whose apps were taken down after they refused to rectify. */
@ApplicationScoped
public class TakedownOrderedConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    public TakedownOrderedConsumer(Inbox inbox, CaseProposalService proposals) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of("penalty-service.notice-events")
                .on(TakedownOrdered.class, proposals::proposeForRefusal);
    }

    @Incoming("notice-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.apply(message, handlers);
    }
}
