package org.appsupervision.appstore.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.appsupervision.appstore.store.ChannelKind;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officials read every store's scorecard over a period of publication ({@code from} inclusive, {@code to} exclusive). */
@Path("/api/stores")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: scorecards")
public class ScorecardResource {

    private final ScorecardService scorecards;

    public ScorecardResource(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @Operation(summary = "Every channel's scorecard", description = "`kind` (APP_STORE or HANDSET_MAKER) keeps the channels of one kind. Errors are application/problem+json: 400 /problems/validation (from not before to, period over 5 years, kind), 401, 403.")
    @GET
    @Path("/scorecards")
    public List<Scorecard> all(@QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("kind") ChannelKind kind) {
        return scorecards.all(from, to, kind);
    }

    @Operation(summary = "One store's scorecard", description = "Errors are application/problem+json: 400 /problems/validation, 404 /problems/not-found, 401, 403.")
    @GET
    @Path("/{code}/scorecard")
    public Scorecard of(@PathParam("code") String code, @QueryParam("from") Instant from, @QueryParam("to") Instant to) {
        return scorecards.of(code, from, to);
    }
}
