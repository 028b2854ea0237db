package org.appsupervision.gateway.portal.publicnotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.gateway.portal.Formats;

/**
 * A notice as the ministry's document shows it (what notice-service answers for a published notice):
 * title, numbers, deadline, content hash, and the attachment table, one row per app and store.
 */
public record NoticeDocument(UUID id, String kind, String title, Instant publishedAt, Integer yearlyBatch,
        Integer cumulativeBatch, LocalDate deadline, String deadlineRule, String contentHash, UUID withdrawsNoticeId,
        UUID withdrawnByNoticeId, int appCount, List<Row> rows) {

    /** 序号, 应用名称, 应用开发者, 应用来源, 应用版本, 所涉问题. */
    public record Row(int number, String appName, String developer, String source, String version, String problems) {
    }

    /** Rectification and re-check notices set a deadline to rectify; a takedown notice orders removal. */
    public boolean rectifies() {
        return !"TAKEDOWN".equals(kind);
    }

    /** The deadline as the document writes it; before publication, how it will be computed. */
    public String deadlineText() {
        if (deadline != null) {
            return Formats.chineseDate(deadline);
        }
        return deadlineRule == null ? "" : "〔" + deadlineRule + "〕";
    }

    public boolean recheck() {
        return "RECHECK".equals(kind);
    }
}
