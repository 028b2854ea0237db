package org.appsupervision.notice.publicnotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published notice as the public sees it: its title, numbers, deadline, hash, the wording that depends on its kind
 * and date, and its table, both whole ({@code rows}, numbered through) and as the document's annexes, one per
 * reporting authority in the real order (the ministry's first, then the bureaus' by province code), each numbered
 * from 1; then the SDK items in their own table ({@code sdkRows}; {@code appCount} counts apps only). {@code imported} marks a historical notice imported into the archive (it gave no orders in this system);
 * {@code archiveNote} is what its import file says about it (values left out, illustrative or generated).
 */
public record PublicNoticeView(UUID id, String kind, String title, Instant publishedAt, Integer yearlyBatch,
        Integer cumulativeBatch, LocalDate deadline, String deadlineRule, String contentHash, UUID withdrawsNoticeId,
        UUID withdrawnByNoticeId, int appCount, List<Row> rows, boolean imported, String archiveNote, String legalBasis,
        String bureauPenaltyInstruction, List<Annex> annexes, int sdkCount, List<SdkRow> sdkRows) {

    /** The SDKs' table heading, after the apps' annexes. */
    public static final String SDK_HEADING = "存在问题的第三方SDK名单";

    /** A row of the SDKs' table: 序号, SDK名称, 第三方服务提供者, SDK版本, 所涉问题 (one row per SDK item). */
    public record SdkRow(int number, String sdkName, String provider, String versions, String problems) {
    }

    /** A row of the attachment table: 序号, 应用名称, 应用开发者, 应用来源, 应用版本, 所涉问题 (one row per store). */
    public record Row(int number, String appName, String developer, String source, String version, String problems) {
    }

    /**
     * One annex: its label (附件1 ..., or 附件 when it is the only one), the authority ({@code MINISTRY} or a province
     * code) and its name, the heading (工业和信息化部下架的应用软件名单 ...), how many apps, and its rows.
     */
    public record Annex(int number, String label, String authority, String authorityName, String heading,
            int appCount, List<Row> rows) {
    }

    /** A published notice in a list. */
    public record Summary(UUID id, String kind, String title, Instant publishedAt, LocalDate deadline, int appCount) {
    }

    /** A page of published notices. */
    public record Page(int page, int size, long total, List<Summary> items) {
    }
}
