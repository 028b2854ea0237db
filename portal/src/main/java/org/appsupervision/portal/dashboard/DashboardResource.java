package org.appsupervision.portal.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/** The dashboard: the campaign's totals and charts, for every official. */
@Path("/portal")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard);
    }

    private final DashboardService dashboards;
    private final PortalContext context;

    public DashboardResource(DashboardService dashboards, PortalContext context) {
        this.dashboards = dashboards;
        this.context = context;
    }

    @GET
    public TemplateInstance dashboard() {
        return context.page(Templates.dashboard(dashboards.load(context.viewer(), context.messages(), context.locale())));
    }
}
