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
import java.util.Map;
import java.util.UUID;
import org.appsupervision.appstore.idempotency.IdempotencyService;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The store API: a store reads and answers its own orders; the store comes from the token only.
 * Every write accepts an {@code Idempotency-Key}.
 */
@Path("/api/store/orders")
@RolesAllowed(Roles.STORE)
public class StoreOrderResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final StoreOrderService orders;
    private final IdempotencyService idempotency;
    private final JsonWebToken token;

    public StoreOrderResource(StoreOrderService orders, IdempotencyService idempotency, JsonWebToken token) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.token = token;
    }

    @GET
    public OrderView.Page list(@QueryParam("status") OrderStatus status,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return orders.page(storeId(), status, after, limit);
    }

    @GET
    @Path("/{id}")
    public OrderView get(@PathParam("id") UUID id) {
        return orders.get(id, storeId());
    }

    @POST
    @Path("/{id}/acknowledgement")
    public OrderView acknowledge(@PathParam("id") UUID id, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        String store = storeId();
        return idempotency.once(store, key, "acknowledge " + id, Map.of(), OrderView.class,
                () -> orders.acknowledge(id, store));
    }

    @POST
    @Path("/{id}/confirmation")
    public OrderView confirm(@PathParam("id") UUID id, @NotNull @Valid ConfirmationRequest evidence,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        String store = storeId();
        return idempotency.once(store, key, "confirm " + id, evidence, OrderView.class,
                () -> orders.confirm(id, store, evidence));
    }

    @POST
    @Path("/{id}/objection")
    public OrderView object(@PathParam("id") UUID id, @NotNull @Valid ObjectionRequest objection,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        String store = storeId();
        return idempotency.once(store, key, "object " + id, objection, OrderView.class,
                () -> orders.object(id, store, objection));
    }

    @POST
    @Path("/confirmations")
    public BulkConfirmationRequest.Results confirmMany(@NotNull @Valid BulkConfirmationRequest request,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        String store = storeId();
        return idempotency.once(store, key, "confirm-many", request, BulkConfirmationRequest.Results.class,
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
