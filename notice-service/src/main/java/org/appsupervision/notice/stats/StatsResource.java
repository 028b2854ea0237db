package org.appsupervision.notice.stats;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.appsupervision.notice.stats.StatsView.HistoryEntry;
import org.appsupervision.platform.security.Roles;

/** Campaign statistics for the ministry; admins import the historical totals announced before the system. */
@Path("/api/stats")
public class StatsResource {

    private final StatsService stats;
    private final SecurityIdentity identity;

    public StatsResource(StatsService stats, SecurityIdentity identity) {
        this.stats = stats;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public StatsView stats(@QueryParam("asOf") LocalDate asOf) {
        return stats.stats(asOf == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : asOf);
    }

    @PUT
    @Path("/history")
    @RolesAllowed(Roles.ADMIN)
    public Response importHistory(@NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid HistoryEntry> entries) {
        stats.importHistory(entries, identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
