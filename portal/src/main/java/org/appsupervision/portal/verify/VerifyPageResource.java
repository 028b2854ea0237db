package org.appsupervision.portal.verify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The public page where anyone uploads a PDF (or types a document number) to see whether the suite issued it. */
@Path("/verify")
@PortalPage(open = true)
@Produces(MediaType.TEXT_HTML)
public class VerifyPageResource {

    /** Largest PDF the page passes on (penalty-service's own limit). */
    static final long MAX_PDF_BYTES = 10L * 1024 * 1024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(VerifyPage page);
    }

    private final VerifyPageService verification;
    private final PortalContext context;

    public VerifyPageResource(VerifyPageService verification, PortalContext context) {
        this.verification = verification;
        this.context = context;
    }

    @GET
    public TemplateInstance form(@RestQuery String number) {
        String wanted = number == null ? "" : number.strip();
        if (wanted.isEmpty() || wanted.length() > 100) {
            return context.page(Templates.verify(VerifyPage.empty()));
        }
        return context.page(Templates.verify(verification.byNumber(wanted, text())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.size() == 0) {
            return page(400, new VerifyPage("", null, List.of(), false, text().no_file()));
        }
        if (file.size() > MAX_PDF_BYTES) {
            return page(413, new VerifyPage("", null, List.of(), false, text().too_large()));
        }
        VerifyPage page = verification.verify(Files.readAllBytes(file.uploadedFile()), context.english(), text());
        return page(page.failure() == null ? 200 : 400, page);
    }

    private Response page(int status, VerifyPage page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.verify(page)).render()).build();
    }

    private VerifyMessages text() {
        return VerifyText.of(context);
    }
}
