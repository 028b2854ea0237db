package org.appsupervision.appstore.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

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
     * A notice's orders, paged like every list (platform paging); when more exist, the {@code Link rel="next"} and,
     * for clients written before it, the {@code X-Next-Cursor} header give the next page.
     */
    @Operation(summary = "A notice's orders across all stores", description = "Errors are application/problem+json: 400 /problems/validation (no noticeId, limit outside 1..1000, bad cursor), 401 /problems/unauthenticated, 403 /problems/forbidden. More than limit: Link rel=next (and X-Next-Cursor).")
    @GET
    public RestResponse<List<OrderView>> ofNotice(@QueryParam("noticeId") @NotNull UUID noticeId,
            @BeanParam PageRequest request, @Context UriInfo uri) {
        Page<OrderView> page = orders.ofNotice(noticeId, request);
        RestResponse<List<OrderView>> answer = Paged.answer(page, uri);
        return page.next() == null ? answer
                : RestResponse.ResponseBuilder.fromResponse(answer).header(NEXT_CURSOR, page.next()).build();
    }

    @Operation(summary = "Accept or reject a store's objection", description = "Errors are application/problem+json: ACCEPTED withdraws the order, REJECTED restarts its clock from now. 400 /problems/validation, 404 /problems/not-found, 409 /problems/conflict (no open objection), 401, 403.")
    @POST
    @Path("/{id}/objection-decision")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER})
    public OrderView decideObjection(@PathParam("id") UUID id, @NotNull @Valid ObjectionDecisionRequest decision) {
        return orders.decideObjection(id, decision, token.getName());
    }
}
