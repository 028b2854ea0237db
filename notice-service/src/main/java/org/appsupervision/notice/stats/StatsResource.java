package org.appsupervision.notice.stats;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Operation(summary = "Statistics as of a date: totals, per year, per province, per problem kind, store shares")
    public StatsView stats(@QueryParam("asOf") LocalDate asOf) {
        return stats.stats(asOf == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : asOf);
    }

    @PUT
    @Path("/history")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import cumulative totals announced before the system (admin)")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Nov 2021", value = "[{\"asOf\":\"2021-11-30\",\"batches\":21,\"appsTested\":2440000,\"appsNotified\":2049,\"appsTakenDown\":540,\"proactiveRemovals\":400000,\"source\":\"工信部 2021年11月\"}]")))
    public Response importHistory(@NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid HistoryEntry> entries) {
        stats.importHistory(entries, identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
