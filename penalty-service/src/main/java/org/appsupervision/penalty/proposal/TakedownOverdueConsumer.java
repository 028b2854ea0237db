package org.appsupervision.penalty.proposal;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Proposes cases against stores that let takedown orders go overdue. */
@ApplicationScoped
public class TakedownOverdueConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    public TakedownOverdueConsumer(Inbox inbox, CaseProposalService proposals) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of("penalty-service.appstore-events")
                .on(TakedownOverdue.class, proposals::proposeForOverdue);
    }

    @Incoming("appstore-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.apply(message, handlers);
    }
}
