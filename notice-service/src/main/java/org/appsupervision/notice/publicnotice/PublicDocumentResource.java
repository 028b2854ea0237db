package org.appsupervision.notice.publicnotice;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public verification of the notice documents this service issued: upload a PDF; no login needed. */
@Path("/api/public/documents")
@PermitAll
public class PublicDocumentResource {

    private final NoticeVerification verification;
    private final NoticeDocumentConfig config;

    public PublicDocumentResource(NoticeVerification verification, NoticeDocumentConfig config) {
        this.verification = verification;
        this.config = config;
    }

    /** Whether the PDF in the body is byte for byte a notice PDF this service issued; 413 over the size limit. */
    @POST
    @Path("/verification")
    @Consumes("application/pdf")
    @Operation(summary = "Whether an uploaded PDF is byte for byte a published notice's signed PDF (no login)")
    public NoticeVerification.Verification verify(InputStream body) throws IOException {
        byte[] pdf = body.readNBytes(config.maxVerificationBytes() + 1);
        if (pdf.length > config.maxVerificationBytes()) {
            throw new ProblemException(ProblemTypes.CONTENT_TOO_LARGE,
                    "A PDF to verify may have at most " + config.maxVerificationBytes() + " bytes");
        }
        return verification.verify(pdf);
    }
}
