package org.appsupervision.penalty.document;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/** Public verification of documents: upload a PDF, or give a document number; no login needed. */
@Path("/public/penalty/documents")
@PermitAll
public class PublicDocumentResource {

    private final DocumentVerification verification;
    private final DocumentConfig config;

    public PublicDocumentResource(DocumentVerification verification, DocumentConfig config) {
        this.verification = verification;
        this.config = config;
    }

    /** Whether the PDF in the body is byte for byte a document the suite issued; 413 over the size limit. */
    @POST
    @Path("/verification")
    @Consumes("application/pdf")
    public Verification verify(InputStream body) throws IOException {
        byte[] pdf = body.readNBytes(config.maxVerificationBytes() + 1);
        if (pdf.length > config.maxVerificationBytes()) {
            throw new ProblemException(ProblemTypes.CONTENT_TOO_LARGE,
                    "A PDF to verify may have at most " + config.maxVerificationBytes() + " bytes");
        }
        return verification.verify(pdf);
    }

    /** The issued documents with this number (several when one replaced another), oldest first. */
    @GET
    public List<IssuedDocument> byNumber(@QueryParam("number") @NotBlank @Size(max = 100) String number) {
        return verification.byNumber(number.strip());
    }
}
