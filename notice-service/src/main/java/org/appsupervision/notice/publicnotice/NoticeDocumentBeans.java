package org.appsupervision.notice.publicnotice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.appsupervision.documents.DocumentIssuer;
import org.appsupervision.documents.PadesSigner;
import org.appsupervision.documents.PdfLayout;

/** Makes the PDF layout (which reads the configured font once) and the signer available for injection. */
@ApplicationScoped
public class NoticeDocumentBeans {

    static final String PRODUCER = "Supervision chain notice-service (Apache PDFBox)";

    @Produces
    @Singleton
    DocumentIssuer issuer(NoticeDocumentConfig config) {
        return new DocumentIssuer(new PdfLayout(config.font(), config.fontName(), PRODUCER), new PadesSigner());
    }
}
