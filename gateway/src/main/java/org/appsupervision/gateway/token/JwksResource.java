package org.appsupervision.gateway.token;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Publishes the public keys so every service verifies tokens itself. */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final PublishedKeys keys;

    public JwksResource(PublishedKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces("application/jwk-set+json")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(Map.of("keys", keys.published().stream().map(SigningKeys.PublicKey::jwk).toList()))
                .cacheControl(cache).build();
    }
}
