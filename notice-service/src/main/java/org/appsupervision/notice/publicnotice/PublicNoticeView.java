package org.appsupervision.notice.publicnotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A published notice as the public sees it: its title, numbers, deadline, hash and attachment table. */
public record PublicNoticeView(UUID id, String kind, String title, Instant publishedAt, Integer yearlyBatch,
        Integer cumulativeBatch, LocalDate deadline, String deadlineRule, String contentHash, UUID withdrawsNoticeId,
        UUID withdrawnByNoticeId, int appCount, List<Row> rows) {

    /** A row of the attachment table: 序号, 应用名称, 应用开发者, 应用来源, 应用版本, 所涉问题 (one row per store). */
    public record Row(int number, String appName, String developer, String source, String version, String problems) {
    }

    /** A published notice in a list. */
    public record Summary(UUID id, String kind, String title, Instant publishedAt, LocalDate deadline, int appCount) {
    }

    /** A page of published notices. */
    public record Page(int page, int size, long total, List<Summary> items) {
    }
}
