package org.appsupervision.notice.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.appsupervision.platform.security.Roles;

/** Apps and their operators: officials and bureau officers register them, every ministry role reads them. */
@Path("/api/apps")
public class AppResource {

    private final AppService apps;

    public AppResource(AppService apps) {
        this.apps = apps;
    }

    @PUT
    @Path("/{packageName}")
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    public AppView register(@PathParam("packageName") String packageName, @NotNull @Valid AppView.AppRequest request) {
        return apps.register(packageName, request);
    }

    @GET
    @Path("/{packageName}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public AppView get(@PathParam("packageName") String packageName) {
        return apps.get(packageName);
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public List<AppView> search(@QueryParam("operator") String operatorCreditCode, @QueryParam("name") String name,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return apps.search(operatorCreditCode, name, limit);
    }
}
