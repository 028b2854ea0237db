package org.appsupervision.platform.opendata;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.appsupervision.platform.ThisService;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Lets an admin write a day's open-data dump on demand (a day the scheduler missed, or days before open data
 * existed). 201 with the new manifest; 200 with the existing one, unchanged, when the day was dumped already.
 */
@Path("/api/admin/open-data/{service}/dumps")
@RolesAllowed(Roles.ADMIN)
@IfBuildProperty(name = "supervision.open-data.enabled", stringValue = "true", enableIfMissing = true)
public class OpenDataAdminResource {

    private final OpenDataDumps dumps;
    private final ThisService thisService;

    public OpenDataAdminResource(OpenDataDumps dumps, ThisService thisService) {
        this.dumps = dumps;
        this.thisService = thisService;
    }

    /** The day to dump (a day that has ended, in Asia/Shanghai). */
    public record DumpRequest(@NotNull LocalDate date) {
    }

    @POST
    @Operation(summary = "Write a day's dump (201), or answer the existing one unchanged (200): a day's files never change")
    public Response dump(@PathParam("service") String service, @NotNull @Valid DumpRequest request) {
        thisService.requireNamed(service);
        OpenDataDumps.Dump dump = dumps.dump(request.date());
        URI location = URI.create("/api/public/open-data/" + service + "/manifests/" + request.date());
        return (dump.written() ? Response.created(location) : Response.ok().location(location))
                .entity(dump.manifest()).build();
    }
}
