package org.appsupervision.appstore.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store API's view of the store's own webhook settings; the store comes from the token only. */
@Path("/api/store/webhook")
@RolesAllowed(Roles.STORE)
@Tag(name = "Store API: webhook", description = "For app stores (OAuth2 client credentials, role store); the store comes from the token.")
public class OwnWebhookResource {

    private final StoreService stores;
    private final JsonWebToken token;

    public OwnWebhookResource(StoreService stores, JsonWebToken token) {
        this.stores = stores;
        this.token = token;
    }

    @Operation(summary = "Your webhook settings", description = "The URL new orders are pushed to, whether pushes are enabled and whether a secret is set (never the secret). Errors are application/problem+json: 404 /problems/not-found (no webhook set), 401, 403.")
    @GET
    public StoreView.WebhookView get() {
        String storeId = token.getClaim(Roles.STORE_ID_CLAIM);
        if (storeId == null || storeId.isBlank()) {
            throw new io.quarkus.security.ForbiddenException("Token names no store");
        }
        return stores.webhookOf(storeId).orElseThrow(() -> ProblemException.notFound("Webhook of store", storeId));
    }
}
