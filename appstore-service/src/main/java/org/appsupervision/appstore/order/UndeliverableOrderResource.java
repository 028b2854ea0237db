package org.appsupervision.appstore.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.jboss.resteasy.reactive.RestResponse;

/** Officials see which stores a notice named that received no order, and why. */
@Path("/api/orders/undeliverable")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: orders")
public class UndeliverableOrderResource {

    private final UndeliverableOrderService undeliverable;

    public UndeliverableOrderResource(UndeliverableOrderService undeliverable) {
        this.undeliverable = undeliverable;
    }

    @Operation(summary = "A notice's orders that could not be issued", description = "One per (app, store) the notice named whose store is not registered (STORE_NOT_REGISTERED) or was deactivated (STORE_DEACTIVATED); the other stores of the app got their orders. By app name, paged like every list. Errors are application/problem+json: 400 /problems/validation (no noticeId, limit outside 1..1000, bad cursor), 401 /problems/unauthenticated, 403 /problems/forbidden. More than limit: Link rel=next (and X-Next-Cursor).")
    @GET
    public RestResponse<List<UndeliverableOrderView>> ofNotice(@QueryParam("noticeId") @NotNull UUID noticeId,
            @BeanParam PageRequest request, @Context UriInfo uri) {
        Page<UndeliverableOrderView> page = undeliverable.ofNotice(noticeId, request);
        RestResponse<List<UndeliverableOrderView>> answer = Paged.answer(page, uri);
        return page.next() == null ? answer
                : RestResponse.ResponseBuilder.fromResponse(answer).header(OrderResource.NEXT_CURSOR, page.next()).build();
    }
}
