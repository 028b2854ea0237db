package org.appsupervision.appstore.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A store reads its own scorecard, the one the ministry sees; the store comes from the token only. */
@Path("/api/store/scorecard")
@RolesAllowed(Roles.STORE)
@Tag(name = "Store API: scorecard")
public class StoreScorecardResource {

    private final ScorecardService scorecards;
    private final JsonWebToken token;

    public StoreScorecardResource(ScorecardService scorecards, JsonWebToken token) {
        this.scorecards = scorecards;
        this.token = token;
    }

    @GET
    @Operation(summary = "Your scorecard as the ministry sees it", description = "Over orders published in [from, to) (ISO instants; default the last 365 days, at most 5 years). 400 /problems/validation for a bad period, 401, 403.")
    public Scorecard own(@QueryParam("from") Instant from, @QueryParam("to") Instant to) {
        String storeId = token.getClaim(Roles.STORE_ID_CLAIM);
        if (storeId == null || storeId.isBlank()) {
            throw new io.quarkus.security.ForbiddenException("Token names no store");
        }
        return scorecards.of(storeId, from, to);
    }
}
