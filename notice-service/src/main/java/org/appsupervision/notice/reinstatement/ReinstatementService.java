package org.appsupervision.notice.reinstatement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.events.TakedownLifted;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.ProblemException;

/** Lifts the takedown of an app of a published takedown notice, with a reason; stores then reinstate it. */
@ApplicationScoped
public class ReinstatementService {

    private final TakedownLiftingRepository liftings;
    private final EntityManager em;
    private final Outbox outbox;

    public ReinstatementService(TakedownLiftingRepository liftings, EntityManager em, Outbox outbox) {
        this.liftings = liftings;
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public void lift(UUID noticeId, UUID itemId, LiftingRequest request, String official) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.kind, n.status, i.chain_id, i.package_name, i.app_name, n.imported_by
                FROM notice_item i JOIN notice n ON n.id = i.notice_id WHERE i.id = ?1 AND n.id = ?2""")
                .setParameter(1, itemId).setParameter(2, noticeId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Item", itemId + " of notice " + noticeId);
        }
        Object[] row = rows.get(0);
        if (!"TAKEDOWN".equals(row[0]) || !"PUBLISHED".equals(row[1])) {
            throw ProblemException.conflict("Only the takedown of a published takedown notice can be lifted");
        }
        if (row[5] != null) {
            throw ProblemException.conflict("Notice " + noticeId + " is an imported historical record: it gave no "
                    + "takedown orders in this system, so there is nothing to lift");
        }
        if (liftings.findByIdOptional(itemId).isPresent()) {
            throw ProblemException.conflict("The takedown of item " + itemId + " was lifted already");
        }
        TakedownLifting lifting = new TakedownLifting();
        lifting.itemId = itemId;
        lifting.reason = request.reason().strip();
        lifting.liftedBy = official;
        lifting.liftedAt = Instant.now();
        liftings.persist(lifting);
        outbox.append(new TakedownLifted(noticeId, itemId, (UUID) row[2], (String) row[3], (String) row[4],
                lifting.reason, official, lifting.liftedAt));
    }
}
