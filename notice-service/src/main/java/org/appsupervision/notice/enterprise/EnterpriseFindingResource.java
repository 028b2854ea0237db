package org.appsupervision.notice.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
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

/** The findings against an enterprise's apps (role operator, scoped by the credit code of its token). */
@Path("/api/enterprise/findings")
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Enterprise (operator)")
public class EnterpriseFindingResource {

    private final EnterpriseService enterprise;
    private final JsonWebToken token;

    public EnterpriseFindingResource(EnterpriseService enterprise, JsonWebToken token) {
        this.enterprise = enterprise;
        this.token = token;
    }

    @GET
    @Operation(summary = "Findings against its apps (role operator): problems, evidence summary, batch period, authority",
            description = "Newest first, paged: limit and after, Link rel=next when there is more; packageName narrows "
                    + "to one app (an app of another enterprise lists nothing). Errors are application/problem+json: "
                    + "400 (limit, after), 401, 403.")
    public RestResponse<List<EnterpriseViews.Finding>> findings(@QueryParam("packageName") String packageName,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(enterprise.findings(EnterpriseScope.of(token), packageName, page), uri);
    }
}
