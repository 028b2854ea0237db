package org.appsupervision.notice.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Apps and their operators: officials register and change any, a bureau officer those of operators registered in
 * the province of its token; every ministry role reads them.
 */
@Path("/api/apps")
public class AppResource {

    private final AppService apps;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public AppResource(AppService apps, SecurityIdentity identity, JsonWebToken token) {
        this.apps = apps;
        this.identity = identity;
        this.token = token;
    }

    @PUT
    @Path("/{packageName}")
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Register or change an app and its operator (official: any; bureau: its province's operators)",
            description = "403 when a bureau officer changes an app or operator registered in another province, or "
                    + "moves an app to such an operator.")
    public AppView register(@PathParam("packageName") String packageName, @NotNull @Valid AppView.AppRequest request) {
        return apps.register(packageName, request, BureauScope.of(identity, token::getClaim));
    }

    @GET
    @Path("/{packageName}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public AppView get(@PathParam("packageName") String packageName) {
        return apps.get(packageName);
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public RestResponse<List<AppView>> search(@QueryParam("operator") String operatorCreditCode,
            @QueryParam("name") String name, @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(apps.search(operatorCreditCode, name, page), uri);
    }
}
