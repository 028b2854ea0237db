package org.appsupervision.penalty.proposal;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.appsupervision.platform.inbox.InboxConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Proposes cases against stores that let takedown orders go overdue. */
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
    public CompletionStage<Void> consume(Message<String> message) {
        return apply(message);
    }
}
