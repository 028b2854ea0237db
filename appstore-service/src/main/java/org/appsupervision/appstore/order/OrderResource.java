package org.appsupervision.appstore.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Officials watch the orders of a notice across all stores and answer the stores' objections. */
@Path("/api/orders")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class OrderResource {

    private final TakedownOrderService orders;
    private final JsonWebToken token;

    public OrderResource(TakedownOrderService orders, JsonWebToken token) {
        this.orders = orders;
        this.token = token;
    }

    @GET
    public List<OrderView> ofNotice(@QueryParam("noticeId") @NotNull UUID noticeId) {
        return orders.ofNotice(noticeId);
    }

    @POST
    @Path("/{id}/objection-decision")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER})
    public OrderView decideObjection(@PathParam("id") UUID id, @NotNull @Valid ObjectionDecisionRequest decision) {
        return orders.decideObjection(id, decision, token.getName());
    }
}
