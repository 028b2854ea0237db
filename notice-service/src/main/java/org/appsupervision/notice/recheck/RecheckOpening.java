package org.appsupervision.notice.recheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.appsupervision.notice.notice.NoticeItem;
import org.appsupervision.notice.rectification.RectificationReportRepository;
import org.appsupervision.notice.rectification.RectificationStatus;
import org.appsupervision.notice.rectification.ReportableItem;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Officials open the re-check of an item that no enterprise report asks for: an SDK item (its provider has no login)
 * or an app item whose enterprise submitted no report. The task is assigned by the rule, like a report's, to the
 * province of the item's party; the same deadline holds (no opening after the deadline day).
 */
@ApplicationScoped
public class RecheckOpening {

    private final EntityManager em;
    private final ReportableItem items;
    private final RectificationReportRepository reports;
    private final RecheckTasks tasks;

    public RecheckOpening(EntityManager em, ReportableItem items, RectificationReportRepository reports, RecheckTasks tasks) {
        this.em = em;
        this.items = items;
        this.reports = reports;
        this.tasks = tasks;
    }

    /** Opens the task; 404 for no item, 409 when the rules refuse (not on a published rectification or re-check notice, a report's item, rectified, after the deadline, a re-check open). */
    @Transactional
    public UUID open(UUID itemId, String official) {
        if (em.find(NoticeItem.class, itemId) == null) {
            throw ProblemException.notFound("Notice item", itemId);
        }
        ReportableItem.Item item = items.published(itemId).orElseThrow(() -> ProblemException.conflict("Item "
                + itemId + " is not on a published rectification or re-check notice; only those items are re-checked"));
        if (!item.namesSdk() && reports.submittedFor(itemId)) {
            throw ProblemException.conflict("Item " + itemId + " has a rectification report of its enterprise; "
                    + "its re-checks come from the enterprise's reports");
        }
        if (item.status() == RectificationStatus.RECTIFIED) {
            throw ProblemException.conflict("Item " + itemId + " is rectified already");
        }
        if (item.deadlinePassed()) {
            throw new ProblemException(RecheckProblem.DEADLINE_PASSED, "The rectification deadline of item " + itemId
                    + " was " + item.deadline() + " (Beijing time); re-checks are opened until that day ends");
        }
        return tasks.openByOfficial(itemId, item.operatorProvinceCode(), official).id;
    }
}
