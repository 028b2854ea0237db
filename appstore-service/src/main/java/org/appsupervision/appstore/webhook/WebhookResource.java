package org.appsupervision.appstore.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins watch a store's webhook pushes and replay the parked ones. */
@Path("/api/stores/{code}/webhook-deliveries")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admins: webhooks")
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "A store's webhook pushes (admin)", description = "Errors are application/problem+json: 404 /problems/not-found, 400 /problems/validation (limit 1..500), 401, 403.")
    @GET
    public List<WebhookDeliveryView> list(@PathParam("code") String code,
            @QueryParam("status") WebhookDelivery.Status status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return webhooks.ofStore(code, status, limit);
    }

    @Operation(summary = "Send a store's parked pushes again (admin)", description = "Errors are application/problem+json: 404 /problems/not-found, 401, 403.")
    @POST
    @Path("/replay")
    public WebhookDeliveryView.Replayed replayParked(@PathParam("code") String code) {
        return new WebhookDeliveryView.Replayed(webhooks.replayParked(code));
    }
}
