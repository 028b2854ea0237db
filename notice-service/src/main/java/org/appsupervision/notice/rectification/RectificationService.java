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
 * Keeps the rectification state of the items of a published rectification or re-check notice. A testing agency's
 * re-check drives it: a passing one marks the item rectified (the task is its basis), a failing one is recorded and
 * leaves the item open. An official may override it with a reason: rectified at any time, not rectified only once
 * the item's deadline has passed (its deadline day has ended in Beijing, or the deadline watch has published it).
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
    /** An official's override of the item's state, with the reason; audited like every change of the item. */
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
        rectification.basis = ItemRectification.Basis.OVERRIDE;
        rectification.overrideReason = request.reason().strip();
    }

    /**
     * Applies a completed re-check: a passing one marks the item rectified on the task's basis, unless an official's
     * override already decided it; a failing one is recorded and leaves the state as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRecheck(UUID itemId, UUID taskId, boolean rectified, String testedVersion, String agencyCode) {
        ItemRectification rectification = rectifications.findById(itemId);
        rectification.recheckTaskId = taskId;
        rectification.recheckOutcome = rectified ? RectificationStatus.RECTIFIED : RectificationStatus.NOT_RECTIFIED;
        if (rectified && rectification.basis != ItemRectification.Basis.OVERRIDE) {
            rectification.status = RectificationStatus.RECTIFIED;
            rectification.fixedVersion = testedVersion;
            rectification.note = null;
            rectification.setBy = agencyCode;
            rectification.setAt = Instant.now();
            rectification.basis = ItemRectification.Basis.RECHECK;
        }
    }
}
