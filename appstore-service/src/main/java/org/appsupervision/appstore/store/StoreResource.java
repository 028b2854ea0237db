package org.appsupervision.appstore.store;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store registry: officials read it, admins register and change stores. */
@Path("/api/stores")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: store registry")
public class StoreResource {

    private final StoreService stores;
    private final SecurityIdentity identity;

    public StoreResource(StoreService stores, SecurityIdentity identity) {
        this.stores = stores;
        this.identity = identity;
    }

    @Operation(summary = "The store registry (channels: app stores and handset makers)", description = "Errors are application/problem+json: 400 /problems/validation (kind), 401 /problems/unauthenticated, 403 /problems/forbidden. `kind` (APP_STORE or HANDSET_MAKER) lists the channels of one kind. The webhook settings are shown to admins only (the field is left out for other roles); the webhook secret is never shown.")
    @GET
    public List<StoreView> list(@QueryParam("kind") ChannelKind kind) {
        return stores.list(identity.hasRole(Roles.ADMIN), kind);
    }

    @Operation(summary = "One store", description = "Errors are application/problem+json: 404 /problems/not-found, 401, 403. The webhook settings are shown to admins only.")
    @GET
    @Path("/{code}")
    public StoreView get(@PathParam("code") String code) {
        return stores.get(code, identity.hasRole(Roles.ADMIN));
    }

    @Operation(summary = "Register a store (admin)", description = "Errors are application/problem+json: 400 /problems/validation (code, credit code check character, province, webhook; webhook.url must be https and reach public addresses only), 409 /problems/conflict (code taken), 401, 403. `kind` is APP_STORE (default) or HANDSET_MAKER and cannot change later. Publishes StoreChanged REGISTERED.")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response register(@NotNull @Valid StoreRequest request) {
        StoreView store = stores.register(request);
        return Response.created(URI.create("/api/stores/" + store.code())).entity(store).build();
    }

    @Operation(summary = "Change or deactivate a store (admin)", description = "Errors are application/problem+json: 400 /problems/validation, 404 /problems/not-found, 409 /problems/conflict (a different kind: the kind cannot change), 401, 403. Publishes StoreChanged UPDATED or DEACTIVATED. Omitting webhook.secret keeps the current secret.")
    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public StoreView update(@PathParam("code") String code, @NotNull @Valid StoreRequest request) {
        return stores.update(code, request);
    }
}
