package org.appsupervision.penalty.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document of a case (prior notice, decision) as rendered, with its content hash; immutable once served. */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    /** The documents the law requires. */
    public enum Kind {
        /** 行政处罚事先告知书. */
        PRIOR_NOTICE,
        /** 行政处罚决定书. */
        DECISION
    }

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String number;
    public String content;
    public String sha256;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "served_on")
    public LocalDate servedOn;
    @Column(name = "pdf_sha256")
    public String pdfSha256;
    /** The bureau that issued the document. */
    public String issuer;
    /** The subject of the signing certificate. */
    public String signer;
    @Column(name = "signer_certificate_sha256")
    public String signerCertificateSha256;
    @Column(name = "signed_at")
    public Instant signedAt;
    /** The earlier document of the same kind this one replaces, or null. */
    public UUID replaces;
}
