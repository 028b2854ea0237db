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

/** Admins watch a store's webhook pushes and replay the parked ones. */
@Path("/api/stores/{code}/webhook-deliveries")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    public List<WebhookDeliveryView> list(@PathParam("code") String code,
            @QueryParam("status") WebhookDelivery.Status status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return webhooks.ofStore(code, status, limit);
    }

    @POST
    @Path("/replay")
    public WebhookDeliveryView.Replayed replayParked(@PathParam("code") String code) {
        return new WebhookDeliveryView.Replayed(webhooks.replayParked(code));
    }
}
