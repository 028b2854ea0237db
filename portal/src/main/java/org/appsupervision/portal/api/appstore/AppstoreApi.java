package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * appstore-service's API as the portal reads it, with the viewer's token: the channel registry, the channels'
 * scorecards of a period, and the handset makers' preinstallations. The contract test {@code e2e-tests/.../PortalClientsContractIT} calls every method against
 * the real service.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface AppstoreApi {

    /** What the portal reads with: the application's mapper, tolerant of fields the portal does not use. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper application) {
        return application.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The registered channels, of one kind ({@code APP_STORE}, {@code HANDSET_MAKER}) or all (null). */
    @GET
    @Path("/stores")
    Uni<List<Store>> stores(@QueryParam("kind") String kind);

    @GET
    @Path("/stores/{code}")
    Uni<Store> store(@PathParam("code") String code);

    /** Every channel's scorecard of the orders published from {@code from} (inclusive) to {@code to} (exclusive). */
    @GET
    @Path("/stores/scorecards")
    Uni<List<Scorecard>> scorecards(@QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("kind") String kind);

    @GET
    @Path("/stores/{code}/scorecard")
    Uni<Scorecard> scorecard(@PathParam("code") String code, @QueryParam("from") Instant from,
            @QueryParam("to") Instant to);

    /** A handset maker's model lines with the apps each preinstalls. */
    @GET
    @Path("/stores/{code}/preinstallations")
    Uni<ModelLines> modelLines(@PathParam("code") String code);

    /** The handset makers that report preinstalling a package. */
    @GET
    @Path("/preinstallations")
    Uni<Preinstallers> preinstallers(@QueryParam("packageName") String packageName);
}
