package org.appsupervision.gateway.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Admins register store API clients, rotate their secrets and revoke them. */
@Path("/admin/clients")
@RolesAllowed(Roles.ADMIN)
public class ClientAdminResource {

    private final ClientAdminService clients;
    private final JsonWebToken caller;

    public ClientAdminResource(ClientAdminService clients, JsonWebToken caller) {
        this.clients = clients;
        this.caller = caller;
    }

    @GET
    public List<ClientView> list() {
        return clients.list();
    }

    @POST
    public Response create(@NotNull @Valid NewClient request) {
        ClientView created = clients.create(request, caller.getSubject());
        return Response.created(URI.create("/admin/clients/" + created.clientId())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{clientId}/secrets")
    public Response rotate(@PathParam("clientId") String clientId) {
        return Response.ok(clients.rotate(clientId, caller.getSubject())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{clientId}/revocation")
    public ClientView revoke(@PathParam("clientId") String clientId) {
        return clients.revoke(clientId, caller.getSubject());
    }
}
