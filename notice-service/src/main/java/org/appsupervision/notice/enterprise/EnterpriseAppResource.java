package org.appsupervision.notice.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An enterprise's own apps (role operator, scoped by the credit code of its token). */
@Path("/api/enterprise/apps")
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Enterprise (operator)")
public class EnterpriseAppResource {

    private final EnterpriseService enterprise;
    private final JsonWebToken token;

    public EnterpriseAppResource(EnterpriseService enterprise, JsonWebToken token) {
        this.enterprise = enterprise;
        this.token = token;
    }

    @GET
    @Operation(summary = "Its apps (role operator): operator, versions, stores, whether a takedown stands",
            description = "Only apps whose operator has the credit code of the token, by name, paged: limit and after, "
                    + "Link rel=next when there is more. Errors are application/problem+json: 400 (limit, after), 401, "
                    + "403 (not an operator, or a token without credit_code).")
    public RestResponse<List<EnterpriseViews.App>> apps(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(enterprise.apps(EnterpriseScope.of(token), page), uri);
    }

    @GET
    @Path("/{packageName}")
    @Operation(summary = "One of its apps with the findings against it and the notices naming it (role operator)",
            description = "The newest 200 findings (findingCount says how many there are; /api/enterprise/findings "
                    + "pages them all). 404 /problems/not-found for an app of another enterprise or none.")
    public EnterpriseViews.AppDetail app(@PathParam("packageName") String packageName) {
        return enterprise.app(EnterpriseScope.of(token), packageName);
    }
}
