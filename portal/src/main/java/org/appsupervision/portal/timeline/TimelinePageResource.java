package org.appsupervision.portal.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.channel.ChannelPageService;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** The app timeline: find an app by name, then read its whole chain. */
@Path("/portal/apps")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class TimelinePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(TimelinePageService.Search search);

        static native TemplateInstance timeline(TimelinePageService.Timeline timeline,
                ChannelPageService.PreinstalledBy preinstalledBy);
    }

    private final TimelinePageService timelines;
    private final ChannelPageService channels;
    private final PortalContext context;

    public TimelinePageResource(TimelinePageService timelines, ChannelPageService channels, PortalContext context) {
        this.timelines = timelines;
        this.channels = channels;
        this.context = context;
    }

    @GET
    public TemplateInstance search(@RestQuery String q) {
        return context.page(Templates.search(timelines.search(q == null ? "" : q.strip(), context.viewer())));
    }

    @GET
    @Path("{packageName}")
    public TemplateInstance timeline(@PathParam("packageName") String packageName) {
        return context.page(Templates.timeline(timelines.timeline(packageName, context.viewer()),
                channels.preinstalledBy(packageName)));
    }
}
