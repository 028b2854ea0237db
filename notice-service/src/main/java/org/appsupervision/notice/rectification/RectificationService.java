package org.appsupervision.notice.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/** Records what a re-check found for the items of a published rectification or re-check notice. */
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
        long belongs = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM notice_item WHERE id = ?1 AND notice_id = ?2")
                .setParameter(1, itemId).setParameter(2, noticeId).getSingleResult()).longValue();
        if (belongs == 0) {
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
        rectification.status = request.status();
        rectification.fixedVersion = request.status() == RectificationStatus.RECTIFIED ? request.fixedVersion().strip() : null;
        rectification.note = request.note();
        rectification.setBy = official;
        rectification.setAt = Instant.now();
    }
}
