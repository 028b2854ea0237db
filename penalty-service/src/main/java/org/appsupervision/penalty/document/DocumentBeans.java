package org.appsupervision.penalty.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the PDF layout (which reads the configured font once) and the signer available for injection. */
@ApplicationScoped
public class DocumentBeans {

    @Produces
    @Singleton
    DocumentIssuer issuer(DocumentConfig config) {
        return new DocumentIssuer(new PdfLayout(config.font(), config.fontName()), new PadesSigner());
    }
}
