package org.appsupervision.notice.batch;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.BureauScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

/** Detection batches: officials record the ministry's and any bureau's, bureau officers their own province's. */
@Path("/api/batches")
public class BatchResource {

    private final BatchService batches;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public BatchResource(BatchService batches, SecurityIdentity identity, JsonWebToken token) {
        this.batches = batches;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Record a detection batch (ministry, or a bureau for the province in its token)", description = "400 /problems/validation; 403 when a bureau officer names another province.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "bureau batch", value = "{\"title\":\"广东省2021年第3批检测\",\"runBy\":\"BUREAU\",\"provinceCode\":\"44\",\"runFrom\":\"2021-10-01\",\"runTo\":\"2021-10-20\",\"appsTested\":12000}")))
    public Response record(@NotNull @Valid BatchView.BatchRequest request, UriInfo uri) {
        BatchView batch = batches.record(request, BureauScope.of(identity, token::getClaim), identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(batch.id().toString()).build()).entity(batch).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public RestResponse<List<BatchView>> list(@QueryParam("province") String provinceCode,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(batches.list(provinceCode, page, BureauScope.reading(identity, token::getClaim)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public BatchView get(@PathParam("id") UUID id) {
        return batches.get(id, BureauScope.reading(identity, token::getClaim));
    }
}
