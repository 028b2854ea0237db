package org.appsupervision.gateway.token;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Publishes the public signing keys so every service verifies tokens itself. */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final SigningKey key;

    public JwksResource(SigningKey key) {
        this.key = key;
    }

    @GET
    @Produces("application/jwk-set+json")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(Map.of("keys", List.of(key.publicJwk()))).cacheControl(cache).build();
    }
}
