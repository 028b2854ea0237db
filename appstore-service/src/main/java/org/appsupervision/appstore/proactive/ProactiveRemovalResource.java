package org.appsupervision.appstore.proactive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.appsupervision.appstore.api.ApiExamples;
import org.appsupervision.platform.idempotency.IdempotencyKey;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A store uploads the apps it removed on its own, as CSV or NDJSON, up to a million lines; the
 * {@code Idempotency-Key} names the upload. The store comes from the token only.
 */
@Path("/api/store/proactive-removals")
@RolesAllowed(Roles.STORE)
@Tag(name = "Store API: proactive removals")
public class ProactiveRemovalResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private final ProactiveRemovalService removals;
    private final JsonWebToken token;

    public ProactiveRemovalResource(ProactiveRemovalService removals, JsonWebToken token) {
        this.removals = removals;
        this.token = token;
    }

    @Operation(summary = "Upload apps you removed on your own", description = "CSV (packageName,appName,removedAt,reason; header line optional) or NDJSON, at most 1,000,000 lines of at most 4,096 characters, read as a stream. One bad line rejects the whole upload and every bad line is reported; nothing is written. A clean upload is written at once and reported as ProactiveRemovalsReported. The Idempotency-Key is required and names the upload: the same key and body answer the first result.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true, description = "names the upload, 1 to 200 printable characters, scoped to your store; kept with the upload (it does not expire)")
    @APIResponse(responseCode = "400", description = "bad lines (each listed as line N), no removals, or no Idempotency-Key", content = @Content(mediaType = ApiExamples.PROBLEM_JSON, examples = @ExampleObject(name = "validation", value = ApiExamples.UPLOAD_INVALID)))
    @POST
    @Consumes({CSV, NDJSON})
    public Response upload(InputStream body, @HeaderParam(IdempotencyKey.HEADER) String key,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        UploadFormat format = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON)
                ? UploadFormat.NDJSON : UploadFormat.CSV;
        RequestFingerprint request = RequestFingerprint.of("POST", uri).part(format.name());
        return created(removals.upload(storeId(), key, format, request, body));
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
