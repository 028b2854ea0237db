package org.appsupervision.appstore.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.appstore.idempotency.IdempotencyService;
import org.appsupervision.platform.idempotency.IdempotencyKey;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The store API: a store reads and answers its own orders; the store comes from the token only.
 * Every write accepts an {@code Idempotency-Key}.
 */
@Path("/api/store/orders")
@RolesAllowed(Roles.STORE)
@Tag(name = "Store API: orders", description = "For app stores (OAuth2 client credentials, role store); the store comes from the token.")
public class StoreOrderResource {

    static final String IDEMPOTENCY_KEY = IdempotencyKey.HEADER;

    private final StoreOrderService orders;
    private final IdempotencyService idempotency;
    private final JsonWebToken token;

    public StoreOrderResource(StoreOrderService orders, IdempotencyService idempotency, JsonWebToken token) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.token = token;
    }

    @Operation(summary = "List your orders", description = "Oldest first; pass the returned next cursor as after to get the following page. Poll this as the fallback of webhook pushes.")
    @GET
    public OrderView.Page list(@QueryParam("status") OrderStatus status,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return orders.page(storeId(), status, after, limit);
    }

    @Operation(summary = "Read one of your orders")
    @GET
    @Path("/{id}")
    public OrderView get(@PathParam("id") UUID id) {
        return orders.get(id, storeId());
    }

    @Operation(summary = "Acknowledge an order", description = "PENDING becomes ACKNOWLEDGED; acknowledging again changes nothing. The clock keeps running.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, description = "Optional, 1 to 200 printable characters, scoped to your store: a retry with the same key and body answers the first result; the same key with another body is refused with 422.")
    @POST
    @Path("/{id}/acknowledgement")
    public OrderView acknowledge(@PathParam("id") UUID id, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Context UriInfo uri) {
        String store = storeId();
        return idempotency.once(store, key, RequestFingerprint.of("POST", uri), Map.of(), OrderView.class,
                () -> orders.acknowledge(id, store));
    }

    @Operation(summary = "Confirm that you removed the app", description = "Stops the clock and reports TakedownConfirmed to the ministry. removedAt may not be in the future nor more than 7 days before the order.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, description = "Optional, 1 to 200 printable characters, scoped to your store: a retry with the same key and body answers the first result; the same key with another body is refused with 422.")
    @RequestBody(description = "the evidence")
    @POST
    @Path("/{id}/confirmation")
    public OrderView confirm(@PathParam("id") UUID id, @NotNull @Valid ConfirmationRequest evidence,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @Context UriInfo uri) {
        String store = storeId();
        return idempotency.onceWritingFirst(store, key, RequestFingerprint.of("POST", uri), evidence, OrderView.class,
                () -> orders.confirm(id, store, evidence));
    }

    @Operation(summary = "Object to an order", description = "reasonCode NOT_LISTED, WRONG_APP, ALREADY_REMOVED or OTHER with a text; stops the clock until the ministry accepts (the order is withdrawn) or rejects it (the clock restarts).")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, description = "Optional, 1 to 200 printable characters, scoped to your store: a retry with the same key and body answers the first result; the same key with another body is refused with 422.")
    @RequestBody(description = "the objection")
    @POST
    @Path("/{id}/objection")
    public OrderView object(@PathParam("id") UUID id, @NotNull @Valid ObjectionRequest objection,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @Context UriInfo uri) {
        String store = storeId();
        return idempotency.once(store, key, RequestFingerprint.of("POST", uri), objection, OrderView.class,
                () -> orders.object(id, store, objection));
    }

    @Operation(summary = "Confirm many orders at once", description = "1 to 500 items; each item is answered on its own with status 200 and the order, or 400/404/409 with the problem type and detail.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, description = "Optional, 1 to 200 printable characters, scoped to your store: a retry with the same key and body answers the first result; the same key with another body is refused with 422.")
    @RequestBody(description = "the evidence per order")
    @POST
    @Path("/confirmations")
    public BulkConfirmationRequest.Results confirmMany(@NotNull @Valid BulkConfirmationRequest request,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @Context UriInfo uri) {
        String store = storeId();
        return idempotency.once(store, key, RequestFingerprint.of("POST", uri), request, BulkConfirmationRequest.Results.class,
                () -> orders.confirmMany(store, request));
    }

    private String storeId() {
        String storeId = token.getClaim(Roles.STORE_ID_CLAIM);
        if (storeId == null || storeId.isBlank()) {
            throw new io.quarkus.security.ForbiddenException("Token names no store");
        }
        return storeId;
    }
}
