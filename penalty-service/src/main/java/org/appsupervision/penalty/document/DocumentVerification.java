package org.appsupervision.penalty.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.documents.SignatureCheck;

/**
 * Answers whether a PDF is a document the suite issued, unchanged (its SHA-256 is that of an issued PDF), by
 * whom and when; and which documents carry a given number.
 */
@ApplicationScoped
public class DocumentVerification {

    private final CaseDocumentRepository documents;

    public DocumentVerification(CaseDocumentRepository documents) {
        this.documents = documents;
    }

    @Transactional
    public Verification verify(byte[] pdf) {
        if (!SignatureCheck.looksLikePdf(pdf)) {
            throw new ProblemException(PenaltyProblem.NOT_A_PDF, "The body does not start with a PDF header (%PDF-)");
        }
        List<SignatureCheck.Found> signatures = SignatureCheck.ofOrNone(pdf);
        var issued = documents.byPdfSha256(SignatureCheck.sha256(pdf));
        if (issued.isPresent()) {
            IssuedDocument d = describe(issued.get());
            return d.replacedBy() == null
                    ? new Verification(true, "Issued by " + d.issuer() + " and unchanged", "本系统签发的文书，内容未被改动",
                            d, signatures)
                    : new Verification(true, "Issued by " + d.issuer() + " and unchanged, but replaced by " + d.replacedBy(),
                            "本系统签发的文书，内容未被改动，但已被" + d.replacedBy() + "替代", d, signatures);
        }
        boolean broken = signatures.stream().anyMatch(s -> !s.intact() || !s.wholeFile());
        return broken
                ? new Verification(false, "Not a document the suite issued: its signature does not match its content (changed after signing)",
                        "不是本系统签发的文书：签名与内容不符，文件在签名后被改动", null, signatures)
                : new Verification(false, "Not a document the suite issued (no issued document has these bytes)",
                        "不是本系统签发的文书（没有与此文件完全一致的已签发文书）", null, signatures);
    }

    @Transactional
    public List<IssuedDocument> byNumber(String number) {
        return documents.byNumber(number).stream().map(this::describe).toList();
    }

    private IssuedDocument describe(CaseDocument d) {
        String replaces = d.replaces == null ? null : documents.findByIdOptional(d.replaces).map(r -> r.number).orElse(null);
        String replacedBy = documents.replacementOf(d.id).map(r -> r.number).orElse(null);
        return new IssuedDocument(d.number, d.kind, CaseDocuments.title(d.kind), d.issuer, d.signer,
                d.signerCertificateSha256, d.signedAt, d.servedOn, d.pdfSha256, replaces, replacedBy);
    }
}
