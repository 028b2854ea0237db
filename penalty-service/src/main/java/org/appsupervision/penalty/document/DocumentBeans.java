package org.appsupervision.penalty.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.appsupervision.documents.PdfLayout;
import org.appsupervision.documents.DocumentIssuer;
import org.appsupervision.documents.PadesSigner;

/** Makes the PDF layout (which reads the configured font once) and the signer available for injection. */
@ApplicationScoped
public class DocumentBeans {

    static final String PRODUCER = "Supervision chain penalty-service (Apache PDFBox)";

    @Produces
    @Singleton
    DocumentIssuer issuer(DocumentConfig config) {
        return new DocumentIssuer(new PdfLayout(config.font(), config.fontName(), PRODUCER), new PadesSigner());
    }
}
