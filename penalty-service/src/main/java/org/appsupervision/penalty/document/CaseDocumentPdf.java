package org.appsupervision.penalty.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The signed PDF of a case document, as issued; never changes (DB trigger). */
@Entity
@Table(name = "case_document_pdf")
public class CaseDocumentPdf {

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    public byte[] pdf;
}
