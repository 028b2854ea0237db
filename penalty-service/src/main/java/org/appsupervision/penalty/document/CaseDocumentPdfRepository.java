package org.appsupervision.penalty.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CaseDocumentPdfRepository implements PanacheRepositoryBase<CaseDocumentPdf, UUID> {
}
