package org.appsupervision.notice.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The published notices naming an enterprise, with only its own items (role operator, scoped by its credit code). */
@Path("/api/enterprise/notices")
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Enterprise (operator)")
public class EnterpriseNoticeResource {

    private final EnterpriseService enterprise;
    private final JsonWebToken token;

    public EnterpriseNoticeResource(EnterpriseService enterprise, JsonWebToken token) {
        this.enterprise = enterprise;
        this.token = token;
    }

    @GET
    @Operation(summary = "Published notices naming it (role operator): title, kind, date, deadline, its item count",
            description = "Newest first, paged: limit and after, Link rel=next when there is more. Drafts and "
                    + "unpublished notices are never listed. Errors are application/problem+json: 400, 401, 403.")
    public RestResponse<List<EnterpriseViews.NoticeLine>> notices(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(enterprise.notices(EnterpriseScope.of(token), page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published notice's public header and only its own items (role operator)",
            description = "Per item: app, problems, stores, deadline, rectification state, item id and chain id. 404 "
                    + "/problems/not-found for a draft, an unpublished notice, or one that names it not.")
    public EnterpriseViews.Notice notice(@PathParam("id") UUID id) {
        return enterprise.notice(EnterpriseScope.of(token), id);
    }
}
