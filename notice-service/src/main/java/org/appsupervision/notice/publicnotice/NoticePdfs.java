package org.appsupervision.notice.publicnotice;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.appsupervision.documents.DocumentIssuer;
import org.appsupervision.documents.DocumentLines;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.notice.notice.ReportingAuthority;

/**
 * The published notice's document as a PDF/A signed by the ministry's key: laid out like the HTML document (title and
 * batch numbers, wording, legal basis, one annex table per reporting authority), made the first time it is asked for
 * and stored, so every later download is the same bytes (the table refuses updates and deletes).
 */
@ApplicationScoped
public class NoticePdfs {

    /** A stored notice PDF and what the public may know of its signature. */
    public record Stored(UUID noticeId, byte[] pdf, String pdfSha256, String signer, String signerCertificateSha256,
            Instant signedAt) {
    }

    /** An annex as the marked-lines template reads it: its rows already made table cells. */
    public record AnnexLines(String label, String heading, List<String> rows) {
    }

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PublicNoticeService notices;
    private final DocumentIssuer issuer;
    private final MinistryKey key;
    private final EntityManager em;
    private final Template lines;

    public NoticePdfs(PublicNoticeService notices, DocumentIssuer issuer, MinistryKey key, EntityManager em,
            @Location("notice-document.txt") Template lines) {
        this.notices = notices;
        this.issuer = issuer;
        this.key = key;
        this.em = em;
        this.lines = lines;
    }

    /** The notice's signed PDF: the stored one, or made, stored and then read back (a concurrent first one wins). */
    @Transactional
    public Stored pdf(UUID noticeId) {
        PublicNoticeView notice = notices.get(noticeId);
        return stored(noticeId).orElseGet(() -> {
            String number = number(notice);
            DocumentIssuer.Issued issued = issuer.issue(marked(notice, number), DocumentLines.inline(notice.title()),
                    number, MinistryKey.BUREAU, key.key(), Instant.now());
            em.createNativeQuery("INSERT INTO notice_document_pdf (notice_id, pdf, pdf_sha256, signer, "
                    + "signer_certificate_sha256, signed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (notice_id) DO NOTHING")
                    .setParameter(1, noticeId).setParameter(2, issued.pdf()).setParameter(3, issued.pdfSha256())
                    .setParameter(4, issued.key().subject()).setParameter(5, issued.key().fingerprint())
                    .setParameter(6, issued.signedAt()).executeUpdate();
            return stored(noticeId).orElseThrow();
        });
    }

    /** The stored PDF with exactly these bytes' SHA-256, if the service issued one. */
    @Transactional
    public java.util.Optional<Stored> bySha256(String sha256) {
        return first(em.createNativeQuery("SELECT notice_id, pdf, pdf_sha256, signer, signer_certificate_sha256, signed_at "
                + "FROM notice_document_pdf WHERE pdf_sha256 = ?1").setParameter(1, sha256).getResultList());
    }

    private java.util.Optional<Stored> stored(UUID noticeId) {
        return first(em.createNativeQuery("SELECT notice_id, pdf, pdf_sha256, signer, signer_certificate_sha256, signed_at "
                + "FROM notice_document_pdf WHERE notice_id = ?1").setParameter(1, noticeId).getResultList());
    }

    private static java.util.Optional<Stored> first(List<?> rows) {
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Object at = row[5];
        Instant signedAt = at instanceof Instant i ? i : at instanceof java.sql.Timestamp t ? t.toInstant()
                : at instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.parse(at.toString());
        return java.util.Optional.of(new Stored((UUID) row[0], (byte[]) row[1], (String) row[2], (String) row[3],
                (String) row[4], signedAt));
    }

    /** 2021年第11批，总第20批 when the notice has batch numbers its title does not already give; else empty. */
    static String number(PublicNoticeView notice) {
        if (notice.yearlyBatch() == null || notice.title().contains("批")) {
            return "";
        }
        int year = notice.publishedAt().atZone(BEIJING).getYear();
        return year + "年第" + notice.yearlyBatch() + "批"
                + (notice.cumulativeBatch() == null ? "" : "，总第" + notice.cumulativeBatch() + "批");
    }

    String marked(PublicNoticeView notice, String number) {
        LocalDate published = notice.publishedAt().atZone(BEIJING).toLocalDate();
        List<AnnexLines> annexes = notice.annexes().stream().map(a -> new AnnexLines(DocumentLines.inline(a.label()),
                DocumentLines.inline(a.heading()), a.rows().stream().map(r -> DocumentLines.cells(java.util.Arrays.asList(
                        String.valueOf(r.number()), r.appName(), r.developer(), r.source(), r.version(), r.problems())))
                        .toList())).toList();
        return lines.data("title", DocumentLines.inline(notice.title()))
                .data("number", number.isEmpty() ? null : number)
                .data("withdrawn", notice.withdrawnByNoticeId() != null)
                .data("imported", notice.imported())
                .data("archiveNote", DocumentLines.inline(notice.archiveNote()))
                .data("rectifies", !NoticeKind.TAKEDOWN.name().equals(notice.kind()))
                .data("recheck", NoticeKind.RECHECK.name().equals(notice.kind()))
                .data("legalBasis", notice.legalBasis())
                .data("penaltyInstruction", notice.bureauPenaltyInstruction())
                .data("appCount", notice.appCount())
                .data("deadlineOn", notice.deadline() == null ? null : CHINESE_DATE.format(notice.deadline()))
                .data("publishedOn", CHINESE_DATE.format(published))
                .data("contentHash", notice.contentHash())
                .data("bureaus", notice.annexes().stream().anyMatch(a -> !ReportingAuthority.MINISTRY.equals(a.authority())))
                .data("columns", DocumentLines.cells(NoticeTable.COLUMNS))
                .data("annexes", annexes)
                .data("sdkCount", notice.sdkCount())
                .data("sdkHeading", PublicNoticeView.SDK_HEADING)
                .data("sdkColumns", DocumentLines.cells(NoticeTable.SDK_COLUMNS))
                .data("sdkRows", notice.sdkRows().stream().map(r -> DocumentLines.cells(java.util.Arrays.asList(
                        String.valueOf(r.number()), r.sdkName(), r.provider(), r.versions(), r.problems()))).toList())
                .render();
    }
}
