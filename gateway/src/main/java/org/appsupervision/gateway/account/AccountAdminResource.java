package org.appsupervision.gateway.account;

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

/** Admins manage officials' accounts. */
@Path("/admin/accounts")
@RolesAllowed(Roles.ADMIN)
public class AccountAdminResource {

    private final AccountService accounts;
    private final JsonWebToken caller;

    public AccountAdminResource(AccountService accounts, JsonWebToken caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    public List<AccountView> list() {
        return accounts.list();
    }

    @POST
    public Response create(@NotNull @Valid NewAccount request) {
        AccountView created = accounts.create(request, caller.getSubject());
        return Response.created(URI.create("/admin/accounts/" + created.username())).entity(created).build();
    }

    @POST
    @Path("/{username}/disabling")
    public AccountView disable(@PathParam("username") String username) {
        return accounts.setEnabled(username, false, caller.getSubject());
    }

    @POST
    @Path("/{username}/enabling")
    public AccountView enable(@PathParam("username") String username) {
        return accounts.setEnabled(username, true, caller.getSubject());
    }

    @POST
    @Path("/{username}/unlocking")
    public AccountView unlock(@PathParam("username") String username) {
        return accounts.unlock(username, caller.getSubject());
    }
}
