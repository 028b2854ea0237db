package org.appsupervision.appstore.preinstallation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.appsupervision.appstore.idempotency.IdempotencyService;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store API for handset makers: a maker reports its own preinstalled apps per model line (the maker from the token only). */
@Path("/api/store/preinstallations")
@RolesAllowed(Roles.STORE)
@Tag(name = "Store API: preinstallations", description = "For handset makers (role store; the channel comes from the token). An app store calling these is answered 409 /problems/channel-kind.")
public class OwnPreinstallationResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String KEY_DESCRIPTION = "Optional, 1 to 200 characters, scoped to your channel: a retry with the same key and body answers the first result; the same key with another body is refused with 422.";

    private final PreinstallationService preinstallations;
    private final IdempotencyService idempotency;
    private final JsonWebToken token;

    public OwnPreinstallationResource(PreinstallationService preinstallations, IdempotencyService idempotency,
            JsonWebToken token) {
        this.preinstallations = preinstallations;
        this.idempotency = idempotency;
        this.token = token;
    }

    @Operation(summary = "Your preinstalled apps per model line", description = "Errors are application/problem+json: 409 /problems/channel-kind (an app store), 401, 403.")
    @GET
    public PreinstallationView list() {
        return preinstallations.of(channel());
    }

    @Operation(summary = "Replace one model line's preinstalled apps", description = "1 to 5,000 apps, each package once. Takedown orders for a package you preinstall on any model line reach you. Errors are application/problem+json: 400 /problems/validation (model line name, package names, duplicates, too many apps), 409 /problems/channel-kind (an app store), 422 (Idempotency-Key reused with another body), 401, 403.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, description = KEY_DESCRIPTION)
    @PUT
    @Path("/{modelLine}")
    public PreinstallationView.ModelLine replace(@PathParam("modelLine") String modelLine,
            @NotNull @Valid PreinstallationRequest request, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Context UriInfo uri) {
        String channel = channel();
        return idempotency.once(channel, key, RequestFingerprint.of("PUT", uri), request,
                PreinstallationView.ModelLine.class, () -> preinstallations.replace(channel, modelLine, request));
    }

    @Operation(summary = "Withdraw one model line's list", description = "Errors are application/problem+json: 404 /problems/not-found (no such model line), 409 /problems/channel-kind (an app store), 422, 401, 403.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, description = KEY_DESCRIPTION)
    @DELETE
    @Path("/{modelLine}")
    public Response remove(@PathParam("modelLine") String modelLine, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Context UriInfo uri) {
        String channel = channel();
        idempotency.once(channel, key, RequestFingerprint.of("DELETE", uri), Map.of(), Boolean.class, () -> {
            preinstallations.remove(channel, modelLine);
            return Boolean.TRUE;
        });
        return Response.noContent().build();
    }

    private String channel() {
        String storeId = token.getClaim(Roles.STORE_ID_CLAIM);
        if (storeId == null || storeId.isBlank()) {
            throw new io.quarkus.security.ForbiddenException("Token names no channel");
        }
        return storeId;
    }
}
