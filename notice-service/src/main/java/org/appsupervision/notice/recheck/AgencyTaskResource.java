package org.appsupervision.notice.recheck;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.evidence.EvidenceResponses;
import org.appsupervision.notice.evidence.EvidenceView;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.appsupervision.platform.security.TokenScope;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** A testing agency's re-check tasks, scoped by the token's agency code: read, attach evidence, record the result. */
@Path("/api/agency/tasks")
@RolesAllowed(Roles.AGENCY)
public class AgencyTaskResource {

    private final RecheckQueries queries;
    private final RecheckResults results;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public AgencyTaskResource(RecheckQueries queries, RecheckResults results, SecurityIdentity identity,
            JsonWebToken token) {
        this.queries = queries;
        this.results = results;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Operation(summary = "The agency's re-check tasks, newest first (role: agency)", description = "Only tasks assigned to the token's agency_code now. Filter: status (OPEN, COMPLETED). Paged: limit, after, Link rel=next.")
    public RestResponse<List<RecheckView>> list(@QueryParam("status") RecheckTask.Status status,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(queries.list(new RecheckQueries.Filter(TokenScope.agencyCode(token::getClaim), null,
                status == null ? null : status.name(), null, null), page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the agency's tasks with the enterprise's report and evidence (role: agency)", description = "Another agency's task, or one reassigned away: 404.")
    public RecheckView get(@PathParam("id") UUID id) {
        return queries.get(id, TokenScope.agencyCode(token::getClaim));
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Operation(summary = "Download an evidence file of one of the agency's tasks, the report's or its own (role: agency)")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return EvidenceResponses.download(results.download(id, TokenScope.agencyCode(token::getClaim), evidenceId));
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/zip", "application/octet-stream"})
    @Operation(summary = "Attach one evidence file of the re-check to an open task, the file as the body (role: agency)", description = "name (query) is the file's name. At most 10 MiB (413), a PDF, PNG, JPEG or ZIP by its content (415 /problems/evidence-type-refused), at most 20 files; kept with its SHA-256. 409 once completed.")
    public Response addEvidence(@PathParam("id") UUID id, @QueryParam("name") String name, InputStream body,
            UriInfo uri) {
        EvidenceView file = results.addEvidence(id, TokenScope.agencyCode(token::getClaim), name, body,
                identity.getPrincipal().getName());
        return EvidenceResponses.created(uri, file);
    }

    @POST
    @Path("/{id}/result")
    @Operation(summary = "Record the re-check's result once: RECTIFIED or NOT_RECTIFIED (role: agency); emits RecheckCompleted", description = "RECTIFIED marks the item rectified with this task as its basis; NOT_RECTIFIED records the failed re-check, and the enterprise may report again before the deadline. resultHash covers the outcome, tested version, findings and the evidence files' SHA-256. 409 when completed already.")
    public Response complete(@PathParam("id") UUID id, @NotNull @Valid ResultRequest request) {
        results.complete(id, TokenScope.agencyCode(token::getClaim), request, identity.getPrincipal().getName());
        return Response.ok(queries.get(id, TokenScope.agencyCode(token::getClaim))).build();
    }
}
