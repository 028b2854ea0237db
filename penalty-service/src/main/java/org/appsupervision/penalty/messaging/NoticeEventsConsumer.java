package org.appsupervision.penalty.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.HolidayCalendarChanged;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.penalty.calendar.HolidayCalendarService;
import org.appsupervision.penalty.proposal.CaseProposalService;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.appsupervision.platform.inbox.InboxConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies notice-service's events: takedowns after a refusal to rectify propose cases, and holiday
 * calendar changes update the calendar copy and recompute open deadlines; each poll's records in one transaction.
 */
@ApplicationScoped
public class NoticeEventsConsumer extends InboxConsumer {

    /**
     * Why earlier versions parked a refusal of an operator in a province without a bureau; the ministry's
     * bureau acts now.
     */
    static final String NO_BUREAU = "No bureau for province code";

    public NoticeEventsConsumer(Inbox inbox, CaseProposalService proposals, HolidayCalendarService calendar) {
        super(inbox, EventHandlers.of("penalty-service.notice-events")
                .on(TakedownOrdered.class, proposals::proposeForRefusal)
                .on(HolidayCalendarChanged.class, calendar::apply), NO_BUREAU);
    }

    /**
     * Each poll's records in one transaction (falling back to one by one if it fails): a fan-out's thousands of
     * takedowns, most of them no refusal, cost a few commits instead of one each.
     */
    @Incoming("notice-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return apply(batch);
    }
}
