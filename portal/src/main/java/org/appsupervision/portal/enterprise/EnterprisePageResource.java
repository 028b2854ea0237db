package org.appsupervision.portal.enterprise;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.regex.Pattern;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.ops.OpsText;
import org.appsupervision.portal.penalty.DocumentDownloads;
import org.appsupervision.platform.security.Roles;

/**
 * The enterprise's pages (role operator): its home, one notice with its items and the orders per store, one app, one
 * penalty case with the signed PDFs served on it. A service that answers "not found" gives the portal's not-found page.
 */
@Path("/portal/enterprise")
@PortalPage(roles = Roles.OPERATOR)
@Produces(MediaType.TEXT_HTML)
public class EnterprisePageResource {

    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(EnterprisePages.Home home);

        static native TemplateInstance notice(EnterprisePages.NoticePage notice);

        static native TemplateInstance app(EnterprisePages.AppPage app);

        static native TemplateInstance caseView(EnterprisePages.CasePage page);

        static native TemplateInstance unavailable(String problem);
    }

    private final EnterprisePageService pages;
    private final DocumentDownloads downloads;
    private final PortalContext context;
    private final PortalErrors errors;

    public EnterprisePageResource(EnterprisePageService pages, DocumentDownloads downloads, PortalContext context,
            PortalErrors errors) {
        this.pages = pages;
        this.downloads = downloads;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance home() {
        return context.page(Templates.home(pages.home(context.viewer(), texts())));
    }

    @GET
    @Path("/notices/{id}")
    public Response notice(@PathParam("id") UUID id) {
        EnterprisePageService.Read<EnterprisePages.NoticePage> read = pages.notice(id, context.viewer(), texts());
        return read.page() == null ? refused(read.failed()) : html(Templates.notice(read.page()));
    }

    @GET
    @Path("/apps/{packageName}")
    public Response app(@PathParam("packageName") String packageName) {
        if (packageName.length() > 255 || !PACKAGE.matcher(packageName).matches()) {
            return errors.notFound();
        }
        EnterprisePageService.Read<EnterprisePages.AppPage> read = pages.app(packageName, context.viewer(), texts());
        return read.page() == null ? refused(read.failed()) : html(Templates.app(read.page()));
    }

    @GET
    @Path("/cases/{id}")
    public Response oneCase(@PathParam("id") UUID id) {
        EnterprisePageService.Read<EnterprisePages.CasePage> read = pages.oneCase(id, context.viewer(), texts());
        return read.page() == null ? refused(read.failed()) : html(Templates.caseView(read.page()));
    }

    /** A document served on the enterprise, as the signed PDF penalty-service issued, byte for byte. */
    @GET
    @Path("/cases/{id}/documents/{documentId}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        byte[] pdf = downloads.pdf("/api/penalty/enterprise/cases/" + id + "/documents/" + documentId + "/pdf",
                context.viewer());
        if (pdf == null) {
            return errors.notFound();
        }
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"document-" + documentId + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    private EnterprisePageService.Texts texts() {
        return new EnterprisePageService.Texts(EnterpriseText.of(context), context.messages(), OpsText.of(context),
                context.english());
    }

    private Response refused(ServiceReply reply) {
        if (reply.unavailable()) {
            return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(context.page(Templates.unavailable(
                            context.messages().service_unavailable(reply.service().label(context.messages())))).render())
                    .build();
        }
        return errors.notFound();
    }

    private Response html(TemplateInstance template) {
        return Response.ok(context.page(template).render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
