package org.appsupervision.portal.channel;

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

/** A handset maker's preinstalled apps per model line, as the officials read them. */
@Path("/portal/stores/{code}/preinstallations")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PreinstallationPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preinstallations(ChannelPageService.Preinstallations page);
    }

    private final ChannelPageService channels;
    private final PortalContext context;

    public PreinstallationPageResource(ChannelPageService channels, PortalContext context) {
        this.channels = channels;
        this.context = context;
    }

    @GET
    public TemplateInstance preinstallations(@PathParam("code") String code) {
        return context.page(Templates.preinstallations(channels.preinstallations(code, context.messages())));
    }
}
