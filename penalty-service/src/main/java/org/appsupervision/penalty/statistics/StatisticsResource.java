package org.appsupervision.penalty.statistics;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Statistics per bureau; a bureau officer sees their own bureau's. */
@Path("/api/penalty/statistics")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class StatisticsResource {

    private final StatisticsService statistics;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public StatisticsResource(StatisticsService statistics, SecurityIdentity identity, JsonWebToken token) {
        this.statistics = statistics;
        this.identity = identity;
        this.token = token;
    }

    @GET
    public List<BureauStatistics> perBureau() {
        return statistics.perBureau(BureauScope.actingAsBureau(identity, token::getClaim));
    }
}
