package org.appsupervision.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The portal's error pages (403 by role, 403 cross-site), rendered in the reader's language. */
@ApplicationScoped
public class PortalErrors {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String text);
    }

    private final PortalContext context;

    public PortalErrors(PortalContext context) {
        this.context = context;
    }

    public Response forbidden() {
        PortalMessages m = context.messages();
        return page(403, m.forbidden_title(), m.forbidden_text());
    }

    public Response crossSite() {
        PortalMessages m = context.messages();
        return page(403, m.forbidden_title(), m.cross_site_refused());
    }

    public Response notFound() {
        PortalMessages m = context.messages();
        return page(404, m.not_found_title(), m.not_found_text());
    }

    public Response badRequest(int status) {
        PortalMessages m = context.messages();
        return page(status, m.bad_request_title(), m.bad_request_text());
    }

    public Response unexpected(String errorId) {
        PortalMessages m = context.messages();
        return page(500, m.unexpected_title(), m.unexpected_text(errorId));
    }

    private Response page(int status, String title, String text) {
        String html = context.page(Templates.error(title, text)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store").build();
    }
}
