package org.appsupervision.notice.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.notice.RectificationDeadline;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Records what a re-check found for the items of a published rectification or re-check notice: rectified at any
 * time, not rectified only once the item's deadline has passed (its deadline day has ended in Beijing, or the
 * deadline watch has published it as passed).
 */
@ApplicationScoped
public class RectificationService {

    private final ItemRectificationRepository rectifications;
    private final EntityManager em;

    public RectificationService(ItemRectificationRepository rectifications, EntityManager em) {
        this.rectifications = rectifications;
        this.em = em;
    }

    @Transactional
    public void record(UUID noticeId, UUID itemId, RectificationRequest request, String official) {
        @SuppressWarnings("unchecked")
        List<LocalDate> deadline = em.createNativeQuery("""
                SELECT n.deadline_date FROM notice_item i JOIN notice n ON n.id = i.notice_id
                WHERE i.id = ?1 AND i.notice_id = ?2""", LocalDate.class)
                .setParameter(1, itemId).setParameter(2, noticeId).getResultList();
        if (deadline.isEmpty()) {
            throw ProblemException.notFound("Item", itemId + " of notice " + noticeId);
        }
        ItemRectification rectification = rectifications.findByIdOptional(itemId).orElseThrow(() ->
                ProblemException.conflict("Item " + itemId + " is not on a published rectification or re-check notice"));
        if (request.status() == RectificationStatus.PENDING) {
            throw ProblemException.invalid(List.of(new FieldError("status", "a re-check finds RECTIFIED or NOT_RECTIFIED")));
        }
        if (request.status() == RectificationStatus.RECTIFIED
                && (request.fixedVersion() == null || request.fixedVersion().isBlank())) {
            throw ProblemException.invalid(List.of(new FieldError("fixedVersion", "a rectified app names its fixed version")));
        }
        if (request.status() == RectificationStatus.NOT_RECTIFIED && rectification.deadlinePassedAt == null
                && !RectificationDeadline.today().isAfter(deadline.get(0))) {
            throw new ProblemException(RectificationProblem.DEADLINE_NOT_PASSED, "Item " + itemId
                    + " may be rectified until " + deadline.get(0) + " (Beijing time); record NOT_RECTIFIED after that"
                    + " day has ended. RECTIFIED may be recorded at any time.");
        }
        rectification.status = request.status();
        rectification.fixedVersion = request.status() == RectificationStatus.RECTIFIED ? request.fixedVersion().strip() : null;
        rectification.note = request.note();
        rectification.setBy = official;
        rectification.setAt = Instant.now();
    }
}
