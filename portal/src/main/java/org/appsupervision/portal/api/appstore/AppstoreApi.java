package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * appstore-service's API as the portal calls it, with the viewer's token: the channel registry and an admin's
 * registration, the channels' scorecards of a period, the handset makers' preinstallations, a notice's orders with the
 * officials' answers to objections, the takedown target, and the enterprise's own orders. The contract test {@code e2e-tests/.../PortalClientsContractIT} calls every method against
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

    /** An admin registers a channel (the JSON of appstore-service's store request). */
    @POST
    @Path("/stores")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Store> registerStore(String body);

    /** A page of a notice's orders across all channels, by app name; {@code Link rel="next"} when there is more. */
    @GET
    @Path("/orders")
    Uni<RestResponse<List<Order>>> orders(@QueryParam("noticeId") UUID noticeId, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after);

    /** The channels a notice named that received no order. */
    @GET
    @Path("/orders/undeliverable")
    Uni<List<UndeliverableOrder>> undeliverableOrders(@QueryParam("noticeId") UUID noticeId,
            @QueryParam("limit") Integer limit);

    /** The officials' answer (ACCEPTED or REJECTED, with a note) to a store's objection. */
    @POST
    @Path("/orders/{id}/objection-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Order> decideObjection(@PathParam("id") UUID id, String body);

    @GET
    @Path("/service-level")
    Uni<ServiceLevel> serviceLevel();

    /** An admin's new takedown target ({@code takedownTarget} as ISO 8601, with the reason). */
    @PUT
    @Path("/service-level")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<ServiceLevel> changeServiceLevel(String body);

    /** Back to the deployment's default target. */
    @DELETE
    @Path("/service-level")
    Uni<ServiceLevel> resetServiceLevel();

    /** A page of the enterprise's own orders, of one notice or one app (either may be null). */
    @GET
    @Path("/enterprise-orders")
    Uni<RestResponse<List<EnterpriseOrder>>> enterpriseOrders(@QueryParam("noticeId") UUID noticeId,
            @QueryParam("packageName") String packageName, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after);
}
