package org.appsupervision.notice.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.notice.NoticeKind;

/**
 * What an enterprise (role {@code operator}) reads about itself: its apps, the findings against them and the published
 * notices naming it with only its own items. Nothing internal: no drafters, approvers, notes or evidence file names.
 */
public final class EnterpriseViews {

    private EnterpriseViews() {
    }

    /** A problem kind with its labels. */
    public record Problem(String code, String labelZh, String labelEn) {
    }

    /**
     * One of the enterprise's apps: the versions and stores its findings and published notices name, and whether a
     * published takedown of it stands (not lifted), with the stores that confirmed removing it.
     */
    public record App(String packageName, String name, String filingNumber, String operatorName,
            String operatorCreditCode, List<String> versions, List<String> stores, boolean takenDown,
            List<String> takenDownBy) {
    }

    /** An app with the findings against it (the newest {@value EnterpriseService#APP_FINDINGS}) and the notices naming it. */
    public record AppDetail(App app, long findingCount, List<Finding> findings, List<AppNotice> notices) {
    }

    /** A notice item naming the app, as its page lists it. */
    public record AppNotice(UUID noticeId, UUID itemId, NoticeKind kind, String title, Instant publishedAt,
            LocalDate deadline, String rectificationStatus) {
    }

    /**
     * A finding against one of its apps: what was found in which version from which store, when, the evidence summary,
     * the detection batch's period and the authority that ran it ({@code MINISTRY} or a province code).
     */
    public record Finding(long id, String packageName, String appName, String version, String sourceStore,
            List<Problem> problems, String evidence, Instant detectedAt, LocalDate batchFrom, LocalDate batchTo,
            String detectedBy, String authorityName) {
    }

    /** A published notice naming the enterprise: how many of its items it has. */
    public record NoticeLine(UUID id, NoticeKind kind, String title, Instant publishedAt, LocalDate deadline,
            Integer yearlyBatch, Integer cumulativeBatch, int itemCount) {
    }

    /** A published notice's public header with only the enterprise's own items. */
    public record Notice(UUID id, NoticeKind kind, String title, Instant publishedAt, Integer yearlyBatch,
            Integer cumulativeBatch, LocalDate deadline, String deadlineRule, String contentHash, int appCount,
            boolean imported, List<Item> items) {
    }

    /**
     * One of its items: the app, problems and stores named, the deadline, where its rectification stands (PENDING,
     * RECTIFIED with the fixed version, NOT_RECTIFIED; null for a takedown item), and when its takedown was lifted.
     */
    public record Item(UUID itemId, UUID chainId, int seq, String appName, String packageName, String version,
            List<Problem> problems, List<String> stores, LocalDate deadline, Rectification rectification,
            Instant liftedAt) {
    }

    /** The rectification state of an item. */
    public record Rectification(String status, String fixedVersion, Instant setAt, Instant deadlinePassedAt) {
    }
}
