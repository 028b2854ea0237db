package org.appsupervision.portal.api.opendata;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The open data every service publishes under the same public paths (platform {@code OpenDataResource}), one client
 * per service's address ({@code TypedClients.openData}), called without a token. The contract test
 * {@code e2e-tests/.../PortalClientsContractIT} calls every method against each real service.
 */
@Path("/api/public/open-data/{service}")
@Produces(MediaType.APPLICATION_JSON)
public interface OpenDataApi {

    /** The newest days' manifests; {@code Link rel="next"} leads to older ones. */
    @GET
    @Path("/manifests")
    Uni<RestResponse<List<Manifest>>> manifests(@PathParam("service") String service,
            @QueryParam("limit") Integer limit);

    /** The statistics datasets of a range of days (the service's default range when both are null). */
    @GET
    @Path("/statistics")
    Uni<Statistics> statistics(@PathParam("service") String service, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);
}
