package org.appsupervision.notice.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notice as the API shows it, with per app how many stores have confirmed the takedown. */
public record NoticeView(
        UUID id,
        NoticeKind kind,
        String title,
        NoticeStatus status,
        String draftedBy,
        Instant draftedAt,
        String approvedBy,
        Instant approvedAt,
        String publishedBy,
        Instant publishedAt,
        List<Item> items) {

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
            List<Confirmation> confirmations) {
    }

    public record Operator(String name, String creditCode, String provinceCode) {
    }

    public record Confirmation(String storeCode, UUID orderId, Instant removedAt, Instant confirmedAt,
            String listingReference) {
    }

    /** A notice in a list, without its items. */
    public record Summary(UUID id, NoticeKind kind, String title, NoticeStatus status, String draftedBy,
            Instant draftedAt, Instant publishedAt, int appCount) {
    }
}
