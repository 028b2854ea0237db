package org.appsupervision.penalty.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.appsupervision.penalty.bureau.Bureau;
import org.appsupervision.penalty.bureau.BureauRepository;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.appsupervision.documents.DocumentIssuer;

/** Keeps a case's rendered documents with their SHA-256, and marks them served (after which they never change). */
@ApplicationScoped
public class CaseDocuments {

    private final CaseDocumentRepository documents;
    private final CaseDocumentPdfRepository pdfs;
    private final BureauRepository bureaus;
    private final BureauKeys keys;
    private final DocumentIssuer issuer;

    public CaseDocuments(CaseDocumentRepository documents, CaseDocumentPdfRepository pdfs, BureauRepository bureaus,
            BureauKeys keys, DocumentIssuer issuer) {
        this.documents = documents;
        this.pdfs = pdfs;
        this.bureaus = bureaus;
        this.keys = keys;
        this.issuer = issuer;
    }

    /** The number and date of the latest document of this kind, which a new one replaces; null when there is none. */
    public String replaced(UUID caseId, CaseDocument.Kind kind) {
        return documents.latest(caseId, kind).map(d -> d.number + "（" + DocumentRenderer.date(
                d.createdAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()) + "制作）").orElse(null);
    }

    /** What the documents of the case state about it. */
    public DocumentRenderer.CaseFacts facts(PenaltyCase c) {
        return new DocumentRenderer.CaseFacts(bureaus.findById(c.bureauProvinceCode).nameZh, c.caseNumber,
                c.subjectName, c.subjectCode, c.subjectAddress, c.facts, c.findings);
    }

    /**
     * Issues the document of the case's bureau from its marked lines (see {@link DocumentRenderer}): keeps the text
     * record with its hash and the PDF signed by the bureau's key, naming the earlier document of the kind it replaces.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDocument keep(PenaltyCase c, CaseDocument.Kind kind, String number, String marked) {
        java.util.Optional<CaseDocument> earlier = documents.latest(c.id, kind);
        earlier.ifPresent(e -> {
            if (e.servedOn != null && kind == CaseDocument.Kind.DECISION) {
                throw new PenaltyProblemException(PenaltyProblem.DOCUMENT_IMMUTABLE,
                        "The decision " + e.number + " was served on " + e.servedOn + " and cannot be replaced");
            }
        });
        Bureau bureau = bureaus.findById(c.bureauProvinceCode);
        Instant now = Instant.now();
        DocumentIssuer.Issued issued = issuer.issue(marked, title(kind), number, bureau.nameZh,
                keys.of(bureau.provinceCode, bureau.nameZh), now);
        CaseDocument document = new CaseDocument();
        document.id = UUID.randomUUID();
        document.caseId = c.id;
        document.kind = kind;
        document.number = number;
        document.content = issued.text();
        document.sha256 = sha256(issued.text());
        document.createdAt = now;
        document.pdfSha256 = issued.pdfSha256();
        document.issuer = bureau.nameZh;
        document.signer = issued.key().subject();
        document.signerCertificateSha256 = issued.key().fingerprint();
        document.signedAt = issued.signedAt();
        document.replaces = earlier.map(e -> e.id).orElse(null);
        documents.persist(document);
        CaseDocumentPdf pdf = new CaseDocumentPdf();
        pdf.documentId = document.id;
        pdf.pdf = issued.pdf();
        pdfs.persist(pdf);
        return document;
    }

    static String title(CaseDocument.Kind kind) {
        return kind == CaseDocument.Kind.DECISION ? "行政处罚决定书" : "行政处罚事先告知书";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void served(UUID caseId, CaseDocument.Kind kind, LocalDate on) {
        documents.latest(caseId, kind).filter(d -> d.servedOn == null).ifPresent(d -> d.servedOn = on);
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
