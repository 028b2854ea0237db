package org.appsupervision.notice.timeline;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.CaseClosed;
import org.appsupervision.events.CaseOpened;
import org.appsupervision.events.PenaltyDecided;
import org.appsupervision.platform.inbox.EventHandlers;
import org.appsupervision.platform.inbox.Inbox;
import org.appsupervision.platform.inbox.InboxConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records the penalty outcomes of penalty-service (cases opened, decided, closed) for the apps' timelines. */
@ApplicationScoped
public class PenaltyEventsConsumer extends InboxConsumer {

    public PenaltyEventsConsumer(Inbox inbox, EntityManager em) {
        super(inbox, EventHandlers.of("notice-service.penalty-events")
                .on(CaseOpened.class, e -> record(em, e.caseId(), e.chainId(), "CaseOpened",
                        "立案 " + e.caseNumber() + "（" + e.subjectName() + "）", e.openedAt()))
                .on(PenaltyDecided.class, e -> record(em, e.caseId(), e.chainId(), "PenaltyDecided",
                        "处罚决定 " + e.decisionNumber() + "：" + e.legalBasis()
                                + (e.totalFineCny() == null ? "" : "，罚款 " + e.totalFineCny().toPlainString() + " 元"),
                        e.decidedAt()))
                .on(CaseClosed.class, e -> record(em, e.caseId(), e.chainId(), "CaseClosed", "结案：" + e.outcome(),
                        e.closedAt())));
    }

    @Incoming("penalty-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return apply(message);
    }

    private static void record(EntityManager em, UUID caseId, UUID chainId, String type, String summary, Instant at) {
        em.createNativeQuery("""
                INSERT INTO penalty_outcome (event_id, case_id, chain_id, event_type, summary, occurred_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, caseId).setParameter(3, chainId)
                .setParameter(4, type).setParameter(5, summary).setParameter(6, at == null ? Instant.now() : at)
                .executeUpdate();
    }
}
