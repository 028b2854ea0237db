package org.appsupervision.appstore.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.appsupervision.platform.security.Roles;

/** The store registry: officials read it, admins register and change stores. */
@Path("/api/stores")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
public class StoreResource {

    private final StoreService stores;

    public StoreResource(StoreService stores) {
        this.stores = stores;
    }

    @GET
    public List<StoreView> list() {
        return stores.list();
    }

    @GET
    @Path("/{code}")
    public StoreView get(@PathParam("code") String code) {
        return stores.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response register(@NotNull @Valid StoreRequest request) {
        StoreView store = stores.register(request);
        return Response.created(URI.create("/api/stores/" + store.code())).entity(store).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public StoreView update(@PathParam("code") String code, @NotNull @Valid StoreRequest request) {
        return stores.update(code, request);
    }
}
