package org.appsupervision.appstore.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Admins watch a store's webhook pushes and replay the parked ones. */
@Path("/api/stores/{code}/webhook-deliveries")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admins: webhooks")
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "A store's webhook pushes (admin)", description = "Newest first, paged: limit and after, Link rel=next when there is more. Errors are application/problem+json: 404 /problems/not-found, 400 /problems/validation (limit 1..1000, after), 401, 403.")
    @GET
    public RestResponse<List<WebhookDeliveryView>> list(@PathParam("code") String code,
            @QueryParam("status") WebhookDelivery.Status status, @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(webhooks.ofStore(code, status, page), uri);
    }

    @Operation(summary = "Send a store's parked pushes again (admin)", description = "Errors are application/problem+json: 404 /problems/not-found, 401, 403.")
    @POST
    @Path("/replay")
    public WebhookDeliveryView.Replayed replayParked(@PathParam("code") String code) {
        return new WebhookDeliveryView.Replayed(webhooks.replayParked(code));
    }
}
