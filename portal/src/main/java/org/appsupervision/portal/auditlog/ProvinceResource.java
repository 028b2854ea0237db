package org.appsupervision.portal.auditlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/** The ministry's table of case proposals and cases per province. */
@Path("/portal/provinces")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ProvinceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance provinces(AuditViews.Provinces provinces);
    }

    private final AuditLogService audit;
    private final PortalContext context;

    public ProvinceResource(AuditLogService audit, PortalContext context) {
        this.audit = audit;
        this.context = context;
    }

    @GET
    public TemplateInstance provinces() {
        return context.page(Templates.provinces(audit.provinces(context.viewer(), context.messages())));
    }
}
