package org.appsupervision.notice.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A notice as the API shows it, with its drafter and everyone who edited it after, and per app how many stores have
 * confirmed the takedown. Per item, {@code sourceItemId} and {@code findingIds} are its links to what it was drafted
 * from; {@code unknownStores}, {@code inactiveStores} (deactivated in the registry) and {@code alreadyTakenDownBy}
 * (stores whose takedown of the app under another notice stands) are warnings, never refusals; {@code reportedBy}
 * (MINISTRY or a province code) is the authority whose annex lists it; {@code subject} is APP or SDK (then {@code sdk}
 * names it). {@code imported} is set on notices of earlier
 * years imported into the archive.
 */
public record NoticeView(
        UUID id,
        NoticeKind kind,
        String title,
        NoticeStatus status,
        String draftedBy,
        List<String> editedBy,
        Instant draftedAt,
        String approvedBy,
        Instant approvedAt,
        String publishedBy,
        Instant publishedAt,
        List<Item> items,
        Integer batchYear,
        Integer yearlyBatch,
        Integer cumulativeBatch,
        Deadline deadline,
        String contentHash,
        UUID withdrawsNoticeId,
        UUID withdrawnByNoticeId,
        UUID sourceNoticeId,
        Withdrawal withdrawal,
        Imported imported) {

    /** A notice withdrawn (discarded) before publication: why, by whom and when. */
    public record Withdrawal(String reason, String withdrawnBy, Instant withdrawnAt) {
    }

    /** A notice of an earlier year imported into the archive: who imported it, when, where it was published, the file's note. */
    public record Imported(String by, Instant at, String source, String note) {
    }

    /**
     * The rectification deadline of a published rectification or re-check notice and how it was computed;
     * before publication, the terms it will be computed from.
     */
    public record Deadline(LocalDate date, String rule, Integer days, Boolean workingDays, LocalDate fixedDate,
            String explanation) {
    }

    public record Item(
            int seq,
            UUID itemId,
            UUID chainId,
            String appName,
            String packageName,
            String version,
            Operator operator,
            List<String> problems,
            List<String> stores,
            boolean refusedRectification,
            int confirmedStoreCount,
            List<Confirmation> confirmations,
            List<String> unknownStores,
            Rectification rectification,
            Lifting lifting,
            UUID sourceItemId,
            List<Long> findingIds,
            List<String> inactiveStores,
            List<String> alreadyTakenDownBy,
            String reportedBy,
            String subject,
            Sdk sdk) {
    }

    /**
     * The SDK an item with subject {@code SDK} names, frozen at drafting: its registry code and names, its provider
     * (the party that rectifies) and the versions at fault. Such an item has no app fields, operator or stores.
     */
    public record Sdk(String code, String nameZh, String nameEn, String providerName, String providerCreditCode,
            List<String> versions) {
    }

    /** An item's rectification: PENDING, RECTIFIED (with the fixed version) or NOT_RECTIFIED. */
    public record Rectification(String status, String fixedVersion, String note, String setBy, Instant setAt,
            Instant deadlinePassedAt, String basis, boolean overridden, String overrideReason, UUID recheckTaskId,
            String recheckOutcome) {
    }

    /** A lifted takedown. */
    public record Lifting(String reason, String liftedBy, Instant liftedAt) {
    }

    public record Operator(String name, String creditCode, String provinceCode) {
    }

    public record Confirmation(String storeCode, UUID orderId, Instant removedAt, Instant confirmedAt,
            String listingReference) {
    }

    /** A notice in a list, without its items. */
    public record Summary(UUID id, NoticeKind kind, String title, NoticeStatus status, String draftedBy,
            Instant draftedAt, Instant publishedAt, int appCount, LocalDate deadline, boolean imported) {
    }
}
