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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Officials watch the orders of a notice across all stores and answer the stores' objections. */
@Path("/api/orders")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: orders")
public class OrderResource {

    static final String NEXT_CURSOR = "X-Next-Cursor";

    private final TakedownOrderService orders;
    private final JsonWebToken token;

    public OrderResource(TakedownOrderService orders, JsonWebToken token) {
        this.orders = orders;
        this.token = token;
    }

    /**
     * A notice's orders as a list, at most {@code limit} (default 1000, at most 5000); when more
     * exist, the {@code X-Next-Cursor} header and a {@code Link rel="next"} give the next page.
     */
    @Operation(summary = "A notice's orders across all stores", description = "Errors are application/problem+json: 400 /problems/validation (no noticeId, limit outside 1..5000, bad cursor), 401 /problems/unauthenticated, 403 /problems/forbidden. More than limit: X-Next-Cursor and Link rel=next.")
    @GET
    public Response ofNotice(@QueryParam("noticeId") @NotNull UUID noticeId, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(5000) int limit, @Context UriInfo uri) {
        OrderView.Page page = orders.ofNotice(noticeId, after, limit);
        Response.ResponseBuilder response = Response.ok(page.orders());
        if (page.next() != null) {
            response.header(NEXT_CURSOR, page.next())
                    .link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build(), "next");
        }
        return response.build();
    }

    @Operation(summary = "Accept or reject a store's objection", description = "Errors are application/problem+json: ACCEPTED withdraws the order, REJECTED restarts its clock from now. 400 /problems/validation, 404 /problems/not-found, 409 /problems/conflict (no open objection), 401, 403.")
    @POST
    @Path("/{id}/objection-decision")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER})
    public OrderView decideObjection(@PathParam("id") UUID id, @NotNull @Valid ObjectionDecisionRequest decision) {
        return orders.decideObjection(id, decision, token.getName());
    }
}
