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
import org.appsupervision.penalty.bureau.BureauRepository;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;

/** Keeps a case's rendered documents with their SHA-256, and marks them served (after which they never change). */
@ApplicationScoped
public class CaseDocuments {

    private final CaseDocumentRepository documents;
    private final BureauRepository bureaus;

    public CaseDocuments(CaseDocumentRepository documents, BureauRepository bureaus) {
        this.documents = documents;
        this.bureaus = bureaus;
    }

    /** What the documents of the case state about it. */
    public DocumentRenderer.CaseFacts facts(PenaltyCase c) {
        return new DocumentRenderer.CaseFacts(bureaus.findById(c.bureauProvinceCode).nameZh, c.caseNumber,
                c.subjectName, c.subjectCode, c.subjectAddress, c.facts, c.findings);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDocument keep(UUID caseId, CaseDocument.Kind kind, String number, String content) {
        documents.latest(caseId, kind).ifPresent(earlier -> {
            if (earlier.servedOn != null && kind == CaseDocument.Kind.DECISION) {
                throw new PenaltyProblemException(PenaltyProblem.DOCUMENT_IMMUTABLE,
                        "The decision " + earlier.number + " was served on " + earlier.servedOn + " and cannot be replaced");
            }
        });
        CaseDocument document = new CaseDocument();
        document.id = UUID.randomUUID();
        document.caseId = caseId;
        document.kind = kind;
        document.number = number;
        document.content = content;
        document.sha256 = sha256(content);
        document.createdAt = Instant.now();
        documents.persist(document);
        return document;
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
