package org.appsupervision.portal.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appsupervision.portal.Formats;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.publicnotice.NoticeDocument;

/**
 * A draft as its published document will read: the attachment table is built the way notice-service
 * builds the public one (a row per app and store, the store's Chinese name, problem labels joined by
 * 、, one row with an empty source for an app without stores), and the SDK items in their own table.
 */
final class NoticePreview {

    private NoticePreview() {
    }

    static NoticeDocument of(NoticeViews.Detail notice, Map<String, String> problemLabels, Map<String, String> storeNames,
            PortalMessages m) {
        List<NoticeDocument.Row> rows = new ArrayList<>();
        List<NoticeDocument.SdkRow> sdkRows = new ArrayList<>();
        List<NoticeViews.Item> items = notice.items().stream()
                .sorted(java.util.Comparator.comparingInt(NoticeViews.Item::seq)).toList();
        for (NoticeViews.Item item : items) {
            String problems = String.join("、", item.problems().stream().map(c -> problemLabels.getOrDefault(c, c)).toList());
            if (item.namesSdk()) {
                sdkRows.add(new NoticeDocument.SdkRow(sdkRows.size() + 1, item.sdk().nameZh(), item.sdk().providerName(),
                        String.join("、", item.sdk().versions()), problems));
                continue;
            }
            List<String> sources = item.stores() == null || item.stores().isEmpty() ? List.of("")
                    : item.stores().stream().map(code -> storeNames.getOrDefault(code, code)).toList();
            for (String source : sources) {
                rows.add(new NoticeDocument.Row(rows.size() + 1, item.appName(),
                        item.operator() == null ? "" : item.operator().name(), source, item.version(), problems));
            }
        }
        LocalDate deadline = notice.deadline() == null ? null
                : notice.deadline().date() != null ? notice.deadline().date() : notice.deadline().fixedDate();
        // Publication numbers rectification and re-check notices and appends the numbers to the title.
        String title = notice.published() || "TAKEDOWN".equals(notice.kind()) ? notice.title()
                : notice.title() + m.doc_title_numbers_pending(LocalDate.now(Formats.CHINA).getYear());
        return new NoticeDocument(notice.id(), notice.kind(), title, notice.publishedAt(), notice.yearlyBatch(),
                notice.cumulativeBatch(), deadline, notice.deadline() == null ? null : terms(notice.deadline(), m),
                notice.contentHash(), notice.withdrawsNoticeId(), notice.withdrawnByNoticeId(), items.size() - sdkRows.size(), rows,
                false, null, null, null, List.of(), sdkRows.size(), sdkRows);
    }

    /** The rule of a published deadline, or the explanation of the terms it will be computed from. */
    private static String terms(NoticeViews.Deadline deadline, PortalMessages m) {
        if (deadline.explanation() != null) {
            return deadline.explanation();
        }
        if (deadline.days() != null) {
            return m.doc_deadline_terms(deadline.days(), Boolean.TRUE.equals(deadline.workingDays()));
        }
        return deadline.rule();
    }
}
