package org.appsupervision.portal.publicnotice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.Formats;
import org.appsupervision.portal.api.MayBeNull;

/**
 * A notice as the ministry's document shows it (what notice-service answers for a published notice):
 * title, numbers, deadline, content hash, the wording of its kind and date, and the attachment table, one row per
 * app and store, as annexes per reporting authority (a draft's preview has none yet and shows one table), then the
 * SDK items in their own table.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticeDocument(UUID id, String kind, String title, Instant publishedAt, @MayBeNull Integer yearlyBatch,
        @MayBeNull Integer cumulativeBatch, @MayBeNull LocalDate deadline, @MayBeNull String deadlineRule,
        String contentHash, @MayBeNull UUID withdrawsNoticeId, @MayBeNull UUID withdrawnByNoticeId, int appCount,
        List<Row> rows, boolean imported, @MayBeNull String archiveNote, @MayBeNull String legalBasis,
        @MayBeNull String bureauPenaltyInstruction, List<Annex> annexes, int sdkCount, List<SdkRow> sdkRows) {

    /** 序号, SDK名称, 第三方服务提供者, SDK版本, 所涉问题: one row per SDK item, in the SDKs' own table after the apps'. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SdkRow(int number, String sdkName, String provider, String versions, String problems) {
    }

    /** Whether the notice names third-party SDKs (their table follows the apps' annexes). */
    public boolean namesSdks() {
        return sdkRows != null && !sdkRows.isEmpty();
    }

    /** The legal basis until notice-service names it (a draft's preview): the laws in force today. */
    static final String CURRENT_LEGAL_BASIS = "《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》";

    /** One annex: 附件1 and its heading (工业和信息化部下架的应用软件名单), its rows numbered from 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Annex(int number, String label, String authority, @MayBeNull String authorityName, String heading,
            int appCount, List<Row> rows) {
    }

    /** The laws and rules after 依据. */
    public String legalBasisText() {
        return legalBasis == null ? CURRENT_LEGAL_BASIS : legalBasis;
    }

    /** Whether a provincial bureau has an annex of its own (the ministry then acted with the bureaus). */
    public boolean withBureaus() {
        return annexes != null && annexes.stream().anyMatch(a -> !"MINISTRY".equals(a.authority()));
    }

    /** 序号, 应用名称, 应用开发者, 应用来源, 应用版本, 所涉问题. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(int number, String appName, @MayBeNull String developer, @MayBeNull String source,
            @MayBeNull String version, String problems) {
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
