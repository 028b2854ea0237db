package org.appsupervision.appstore.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.Roles;

/** Officials watch the orders of a notice across all stores. */
@Path("/api/orders")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class OrderResource {

    private final TakedownOrderService orders;

    public OrderResource(TakedownOrderService orders) {
        this.orders = orders;
    }

    @GET
    public List<OrderView> ofNotice(@QueryParam("noticeId") @NotNull UUID noticeId) {
        return orders.ofNotice(noticeId);
    }
}
