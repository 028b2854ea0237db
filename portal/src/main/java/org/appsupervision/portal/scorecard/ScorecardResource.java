package org.appsupervision.portal.scorecard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.appsupervision.portal.Formats;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ops.OpsText;
import org.appsupervision.platform.security.Roles;

/** The store scorecards: every store in a table for a period, and one store's page. */
@Path("/portal/stores")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ScorecardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecards(ScorecardService.Table table);

        static native TemplateInstance store(ScorecardService.One store);
    }

    private final ScorecardService scorecards;
    private final PortalContext context;

    public ScorecardResource(ScorecardService scorecards, PortalContext context) {
        this.scorecards = scorecards;
        this.context = context;
    }

    @GET
    public TemplateInstance all(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("kind") String kind) {
        Period period = Period.of(from, to, LocalDate.now(Formats.CHINA));
        return context.page(Templates.scorecards(scorecards.all(period, ScorecardService.kind(kind),
                context.messages(), OpsText.of(context))));
    }

    @GET
    @Path("/{code}")
    public TemplateInstance one(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Period period = Period.of(from, to, LocalDate.now(Formats.CHINA));
        return context.page(Templates.store(scorecards.one(code, period, context.messages(),
                OpsText.of(context))));
    }
}
