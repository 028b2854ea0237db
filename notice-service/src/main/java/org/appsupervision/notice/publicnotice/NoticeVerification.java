package org.appsupervision.notice.publicnotice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.List;
import org.appsupervision.documents.SignatureCheck;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;

/**
 * Answers whether a PDF is a notice document this service issued, unchanged (its SHA-256 is that of a stored notice
 * PDF), which notice, signed by whom and when; the answer has the shape of penalty-service's verification.
 */
@ApplicationScoped
public class NoticeVerification {

    public static final ProblemType NOT_A_PDF = new ProblemType("not-a-pdf", 400,
            "上传的文件不是PDF / The upload is not a PDF");

    /** The answer: {@code issued} when the bytes are a stored notice PDF (then {@code document} says which). */
    public record Verification(boolean issued, String verdict, String verdictZh, IssuedNotice document,
            List<SignatureCheck.Found> signatures) {
    }

    /**
     * A notice PDF as the public may know it: {@code number} is its batch number (the notice's id when it has none),
     * {@code servedOn} the publication day, {@code replacedBy} the notice that withdrew it.
     */
    public record IssuedNotice(String number, String kind, String title, String issuer, String signer,
            String signerCertificateSha256, java.time.Instant signedAt, java.time.LocalDate servedOn, String pdfSha256,
            String replaces, String replacedBy, java.util.UUID noticeId) {
    }

    private final NoticePdfs pdfs;
    private final PublicNoticeService notices;

    public NoticeVerification(NoticePdfs pdfs, PublicNoticeService notices) {
        this.pdfs = pdfs;
        this.notices = notices;
    }

    public Verification verify(byte[] pdf) {
        if (!SignatureCheck.looksLikePdf(pdf)) {
            throw new ProblemException(NOT_A_PDF, "The body does not start with a PDF header (%PDF-)");
        }
        List<SignatureCheck.Found> signatures = SignatureCheck.ofOrNone(pdf);
        var stored = pdfs.bySha256(SignatureCheck.sha256(pdf));
        if (stored.isPresent()) {
            IssuedNotice d = describe(stored.get());
            return d.replacedBy() == null
                    ? new Verification(true, "Issued by " + d.issuer() + " and unchanged", "本系统签发的通报文书，内容未被改动",
                            d, signatures)
                    : new Verification(true, "Issued by " + d.issuer() + " and unchanged, but withdrawn by a later notice",
                            "本系统签发的通报文书，内容未被改动，但已被后续通报撤回", d, signatures);
        }
        boolean broken = signatures.stream().anyMatch(s -> !s.intact() || !s.wholeFile());
        return broken
                ? new Verification(false, "Not a document the suite issued: its signature does not match its content (changed after signing)",
                        "不是本系统签发的文书：签名与内容不符，文件在签名后被改动", null, signatures)
                : new Verification(false, "Not a document the suite issued (no issued document has these bytes)",
                        "不是本系统签发的文书（没有与此文件完全一致的已签发文书）", null, signatures);
    }

    private IssuedNotice describe(NoticePdfs.Stored stored) {
        PublicNoticeView notice = notices.get(stored.noticeId());
        String number = NoticePdfs.number(notice);
        return new IssuedNotice(number.isEmpty() ? notice.id().toString() : number, notice.kind(), notice.title(), MinistryKey.BUREAU,
                stored.signer(), stored.signerCertificateSha256(), stored.signedAt(),
                notice.publishedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), stored.pdfSha256(), null,
                notice.withdrawnByNoticeId() == null ? null : notice.withdrawnByNoticeId().toString(), notice.id());
    }
}
