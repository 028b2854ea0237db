package org.appsupervision.portal.duallist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/** The officials' page of an app's dual lists: per app version, what detection found against what was declared. */
@Path("/portal/dual-lists")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DualListPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(DualListViews.CheckPage page);
    }

    private final DualListPageService lists;
    private final PortalContext context;

    public DualListPageResource(DualListPageService lists, PortalContext context) {
        this.lists = lists;
        this.context = context;
    }

    @GET
    @Path("{packageName}")
    public TemplateInstance check(@PathParam("packageName") String packageName) {
        return context.page(Templates.check(lists.check(packageName, false, context.english(), context.viewer())));
    }
}
