package org.appsupervision.notice.duallist;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.enterprise.EnterpriseScope;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The enterprise's dual lists (双清单) per app version, for its own apps only (scoped by the token's credit code;
 * anything else is not found): drafts, publication, versions, and its findings' data flows against them.
 */
@Path("/api/enterprise/dual-lists")
@RolesAllowed(Roles.OPERATOR)
public class EnterpriseDualListResource {

    private final DualListService lists;
    private final DualListCheckService checks;
    private final EnterpriseApps apps;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public EnterpriseDualListResource(DualListService lists, DualListCheckService checks, EnterpriseApps apps,
            SecurityIdentity identity, JsonWebToken token) {
        this.lists = lists;
        this.checks = checks;
        this.apps = apps;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Path("/apps")
    @Operation(summary = "The enterprise's apps and their versions, each with its latest published list version and open draft (operator)",
            description = "In package-name order, paged: limit and after, Link rel=next when there is more. 400 (limit, after), 401, 403.")
    public RestResponse<List<DualListView.AppVersions>> apps(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(apps.of(EnterpriseScope.of(token), page), uri);
    }

    @GET
    @Path("/apps/{packageName}")
    @Operation(summary = "One of the enterprise's apps: per app version the published list against the observed data flows, and the history of its list versions (operator)",
            description = "404 for an app of another enterprise.")
    public DualListCheckView app(@PathParam("packageName") String packageName) {
        return checks.forEnterprise(packageName, EnterpriseScope.of(token));
    }

    @PUT
    @Path("/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the draft dual list of one app version (operator, own apps)",
            description = "201 when a new list version was opened (the app version's first, or the one after a published version), 200 when the open draft was replaced. 400 /problems/validation names every field at fault (missing, too long, unknown kind); 404 for an app of another enterprise; nothing is written then.")
    public Response saveDraft(@NotNull @Valid DualListRequest request, @Context UriInfo uri) {
        DualListService.Saved saved = lists.saveDraft(request, EnterpriseScope.of(token),
                identity.getPrincipal().getName());
        if (saved.opened()) {
            return Response.created(uri.getBaseUriBuilder().path("api/enterprise/dual-lists")
                    .path(saved.list().id().toString()).build()).entity(saved.list()).build();
        }
        return Response.ok(saved.list()).build();
    }

    @GET
    @Path("/{listId}")
    @Operation(summary = "One list version with both lists (operator, own apps)", description = "404 for a list of another enterprise.")
    public DualListView list(@PathParam("listId") UUID listId) {
        return lists.get(listId, EnterpriseScope.of(token));
    }

    @POST
    @Path("/{listId}/publication")
    @Operation(summary = "Publish a draft: the list version never changes again (operator, own apps)",
            description = "409 when it is published already (a change is a new draft); 404 for a list of another enterprise.")
    public DualListView publish(@PathParam("listId") UUID listId) {
        return lists.publish(listId, EnterpriseScope.of(token), identity.getPrincipal().getName());
    }
}
