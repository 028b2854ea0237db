package org.appsupervision.portal.auditlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/**
 * The audit pages: the gateway's security log and each service's trail of changes with filters and the
 * row's change as a diff, every chain's verification (loaded after the page).
 */
@Path("/portal/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditLogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditViews.Page page, List<String> sources);

        static native TemplateInstance verification(List<AuditViews.ChainCheck> checks);
    }

    private final AuditLogService audit;
    private final PortalContext context;

    public AuditLogResource(AuditLogService audit, PortalContext context) {
        this.audit = audit;
        this.context = context;
    }

    @GET
    @PortalPage(roles = {Roles.AUDITOR, Roles.ADMIN})
    public TemplateInstance log(@QueryParam("source") String source, @QueryParam("table") String table,
            @QueryParam("rowKey") String rowKey, @QueryParam("actor") String actor, @QueryParam("before") Long before) {
        return context.page(Templates.audit(audit.page(source, table, rowKey, actor, before, context.viewer(),
                context.messages()), AuditViews.SOURCES));
    }

    /** Every chain's verification, a fragment the log page loads after it is shown (a whole chain is walked). */
    @GET
    @Path("/verification")
    @PortalPage(roles = {Roles.AUDITOR, Roles.ADMIN})
    public TemplateInstance verification() {
        return context.page(Templates.verification(audit.verifyAll(context.viewer())));
    }
}
