package org.appsupervision.appstore.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The store API: a store lists and confirms its own orders; the store comes from the token only. */
@Path("/api/store/orders")
@RolesAllowed(Roles.STORE)
public class StoreOrderResource {

    private final TakedownOrderService orders;
    private final JsonWebToken token;

    public StoreOrderResource(TakedownOrderService orders, JsonWebToken token) {
        this.orders = orders;
        this.token = token;
    }

    @GET
    public OrderView.Page list(@QueryParam("status") OrderStatus status,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return orders.pageForStore(storeId(), status, after, limit);
    }

    @GET
    @Path("/{id}")
    public OrderView get(@PathParam("id") UUID id) {
        return orders.getForStore(id, storeId());
    }

    @POST
    @Path("/{id}/confirmation")
    public OrderView confirm(@PathParam("id") UUID id, @NotNull @Valid ConfirmationRequest evidence) {
        return orders.confirm(id, storeId(), evidence);
    }

    private String storeId() {
        String storeId = token.getClaim(Roles.STORE_ID_CLAIM);
        if (storeId == null || storeId.isBlank()) {
            throw new io.quarkus.security.ForbiddenException("Token names no store");
        }
        return storeId;
    }
}
