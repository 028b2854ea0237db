package org.appsupervision.appstore.proactive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A store uploads the apps it removed on its own, as CSV or NDJSON, up to a million lines; the
 * {@code Idempotency-Key} names the upload. The store comes from the token only.
 */
@Path("/api/store/proactive-removals")
@RolesAllowed(Roles.STORE)
public class ProactiveRemovalResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private final ProactiveRemovalService removals;
    private final JsonWebToken token;

    public ProactiveRemovalResource(ProactiveRemovalService removals, JsonWebToken token) {
        this.removals = removals;
        this.token = token;
    }

    @POST
    @Consumes(CSV)
    public Response uploadCsv(InputStream body, @HeaderParam("Idempotency-Key") String key) {
        return created(removals.upload(storeId(), key, UploadFormat.CSV, body));
    }

    @POST
    @Consumes(NDJSON)
    public Response uploadNdjson(InputStream body, @HeaderParam("Idempotency-Key") String key) {
        return created(removals.upload(storeId(), key, UploadFormat.NDJSON, body));
    }

    private static Response created(UploadView upload) {
        return Response.status(Response.Status.CREATED).entity(upload).build();
    }

    private String storeId() {
        String storeId = token.getClaim(Roles.STORE_ID_CLAIM);
        if (storeId == null || storeId.isBlank()) {
            throw new io.quarkus.security.ForbiddenException("Token names no store");
        }
        return storeId;
    }
}
