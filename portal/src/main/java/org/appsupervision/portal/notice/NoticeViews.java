package org.appsupervision.portal.notice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/**
 * Notices, batches and findings as notice-service answers them through {@code api/notice/NoticeApi} (only the fields
 * the pages show; a component the service leaves null in some states is {@link MayBeNull}).
 */
public final class NoticeViews {

    private NoticeViews() {
    }

    /** A notice in the list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(UUID id, String kind, String title, String status, String draftedBy, Instant draftedAt,
            @MayBeNull Instant publishedAt, int appCount, @MayBeNull LocalDate deadline, boolean imported) {
    }

    /** One notice with its items and, before publication, the terms its deadline will be computed from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Detail(UUID id, String kind, String title, String status, String draftedBy,
            @MayBeNull List<String> editedBy, Instant draftedAt, @MayBeNull String approvedBy,
            @MayBeNull Instant approvedAt, @MayBeNull String publishedBy, @MayBeNull Instant publishedAt, List<Item> items,
            @MayBeNull Integer yearlyBatch, @MayBeNull Integer cumulativeBatch, @MayBeNull Deadline deadline,
            @MayBeNull String contentHash, @MayBeNull UUID withdrawsNoticeId, @MayBeNull UUID withdrawnByNoticeId,
            @MayBeNull UUID sourceNoticeId, @MayBeNull Withdrawal withdrawal) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        /** Whether this user drafted or edited the notice (four eyes: they may not approve or publish it). */
        public boolean authoredBy(String username) {
            return username.equals(draftedBy) || editedBy != null && editedBy.contains(username);
        }

        /** The editors after the drafter, comma-separated, or null when nobody edited it. */
        public String editors() {
            return editedBy == null || editedBy.isEmpty() ? null : String.join(", ", editedBy);
        }

        public boolean approved() {
            return "APPROVED".equals(status);
        }

        public boolean published() {
            return "PUBLISHED".equals(status);
        }

        /** The items naming third-party SDKs (officials open their re-checks once the notice is published). */
        public List<Item> sdkItems() {
            return items == null ? List.of() : items.stream().filter(Item::namesSdk).toList();
        }

        /** The items that carry a warning about their stores. */
        public List<Item> warned() {
            return items == null ? List.of() : items.stream().filter(Item::warned).toList();
        }
    }

    /** A notice withdrawn before publication. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Withdrawal(String reason, String withdrawnBy, Instant withdrawnAt) {
    }

    /** One app (or, with subject SDK, one third-party SDK) of a notice, with the warnings about its stores (never refusals). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int seq, UUID itemId, @MayBeNull String appName, @MayBeNull String packageName,
            @MayBeNull String version, @MayBeNull Operator operator, List<String> problems, @MayBeNull List<String> stores,
            boolean refusedRectification, @MayBeNull List<String> unknownStores, @MayBeNull List<String> inactiveStores,
            @MayBeNull List<String> alreadyTakenDownBy, @MayBeNull String subject, @MayBeNull Sdk sdk) {

        public boolean namesSdk() {
            return "SDK".equals(subject) && sdk != null;
        }

        public boolean warned() {
            return present(unknownStores) || present(inactiveStores) || present(alreadyTakenDownBy);
        }

        /** The deactivated stores it names, comma-separated, or null. */
        public String inactive() {
            return joined(inactiveStores);
        }

        /** The stores whose takedown of the app under another notice stands, comma-separated, or null. */
        public String takenDown() {
            return joined(alreadyTakenDownBy);
        }

        /** The stores not registered yet, comma-separated, or null. */
        public String unknown() {
            return joined(unknownStores);
        }

        private static String joined(List<String> codes) {
            return present(codes) ? String.join(", ", codes) : null;
        }

        private static boolean present(List<String> codes) {
            return codes != null && !codes.isEmpty();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Operator(String name, String creditCode, @MayBeNull String provinceCode) {
    }

    /** The SDK an SDK item names, with its provider (the party) and the versions at fault. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sdk(String code, String nameZh, @MayBeNull String nameEn, String providerName,
            String providerCreditCode, @MayBeNull List<String> versions) {
    }

    /** The deadline, or before publication the terms (days, working days or a fixed date) and their explanation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(@MayBeNull LocalDate date, @MayBeNull String rule, @MayBeNull Integer days,
            @MayBeNull Boolean workingDays, @MayBeNull LocalDate fixedDate, @MayBeNull String explanation) {
    }

    /** A detection batch to draft from. */
    public record Batch(UUID id, String title, LocalDate runFrom, LocalDate runTo, long findingCount) {
    }

    /** A finding to put on a draft. */
    public record Finding(long id, String packageName, String appName, String version, String sourceStore,
            List<String> problems, boolean repeat) {
    }
}
