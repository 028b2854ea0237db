package org.appsupervision.appstore.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officials see which stores a notice named that received no order, and why. */
@Path("/api/orders/undeliverable")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: orders")
public class UndeliverableOrderResource {

    private final UndeliverableOrderService undeliverable;

    public UndeliverableOrderResource(UndeliverableOrderService undeliverable) {
        this.undeliverable = undeliverable;
    }

    @Operation(summary = "A notice's orders that could not be issued", description = "One per (app, store) the notice named whose store is not registered (STORE_NOT_REGISTERED) or was deactivated (STORE_DEACTIVATED); the other stores of the app got their orders. Errors are application/problem+json: 400 /problems/validation (no noticeId, limit outside 1..5000, bad cursor), 401 /problems/unauthenticated, 403 /problems/forbidden. More than limit: X-Next-Cursor and Link rel=next.")
    @GET
    public Response ofNotice(@QueryParam("noticeId") @NotNull UUID noticeId, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(5000) int limit, @Context UriInfo uri) {
        UndeliverableOrderView.Page page = undeliverable.ofNotice(noticeId, after, limit);
        Response.ResponseBuilder response = Response.ok(page.orders());
        if (page.next() != null) {
            response.header(OrderResource.NEXT_CURSOR, page.next())
                    .link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build(), "next");
        }
        return response.build();
    }
}
