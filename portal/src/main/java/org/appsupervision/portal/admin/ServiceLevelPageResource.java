package org.appsupervision.portal.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ops.OpsText;
import org.appsupervision.platform.security.Roles;

/** The admin page of the takedown target: how long a store has to confirm, changed with a reason, or reset. */
@Path("/portal/admin/service-level")
@PortalPage(roles = Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ServiceLevelPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance serviceLevel(ServiceLevelPageService.Level level, boolean done);
    }

    private final ServiceLevelPageService levels;
    private final PortalContext context;

    public ServiceLevelPageResource(ServiceLevelPageService levels, PortalContext context) {
        this.levels = levels;
        this.context = context;
    }

    @GET
    public TemplateInstance page(@QueryParam("done") boolean done) {
        return context.page(Templates.serviceLevel(levels.level(context.viewer(), context.messages(), null, Map.of(),
                Map.of()), done));
    }

    @POST
    public Response change(@FormParam("hours") String hours, @FormParam("reason") String reason) {
        return after(levels.change(hours, reason, context.viewer(), context.messages(), OpsText.of(context)),
                Map.of("hours", hours == null ? "" : hours, "reason", reason == null ? "" : reason));
    }

    @POST
    @Path("/reset")
    public Response reset() {
        return after(levels.reset(context.viewer(), context.messages()), Map.of());
    }

    private Response after(Map<String, String> errors, Map<String, String> entered) {
        if (errors == null) {
            return Response.seeOther(URI.create("/portal/admin/service-level?done=true")).build();
        }
        String html = context.page(Templates.serviceLevel(levels.level(context.viewer(), context.messages(),
                errors.get("form"), errors, entered), false)).render();
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
