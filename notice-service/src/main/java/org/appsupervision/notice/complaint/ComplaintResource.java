package org.appsupervision.notice.complaint;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The officials' complaint queue: read (officials, admins, auditors; bureau officers for their province's apps),
 * and triage (review, merge, reject: officials, admins, bureau officers in scope; to a finding or as evidence:
 * officials and bureau officers, who write findings). Contact data and screenshots: officials only.
 */
@Path("/api/complaints")
public class ComplaintResource {

    private final ComplaintQueries queries;
    private final ComplaintTriage triage;
    private final ComplaintFindings findings;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ComplaintResource(ComplaintQueries queries, ComplaintTriage triage, ComplaintFindings findings,
            SecurityIdentity identity, JsonWebToken token) {
        this.queries = queries;
        this.triage = triage;
        this.findings = findings;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU, Roles.AUDITOR})
    @Operation(summary = "The complaint queue, newest first (official, admin, auditor; bureau: its province's apps)",
            description = "Filters status, app (package name or app name), problem (kind code). Paged: limit and "
                    + "after, Link rel=next. No contact data in the list.")
    public RestResponse<List<ComplaintView>> list(@QueryParam("status") ComplaintStatus status,
            @QueryParam("app") String app, @QueryParam("problem") String problem, @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return Paged.answer(queries.list(status, app, problem, page, scope()), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU, Roles.AUDITOR})
    @Operation(summary = "One complaint; its contact only for officials (never admins or auditors)")
    public ComplaintView get(@PathParam("id") UUID id) {
        return queries.get(id, scope());
    }

    @GET
    @Path("/{id}/screenshots/{seq}")
    @Produces({"image/png", "image/jpeg"})
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "A screenshot of a complaint (officials only; erased with the contact data)")
    public Response screenshot(@PathParam("id") UUID id, @PathParam("seq") int seq) {
        Screenshot screenshot = queries.screenshot(id, seq, scope());
        return Response.ok(screenshot.content(), screenshot.mediaType()).header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline").build();
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU})
    @Operation(summary = "Take a complaint under review (shown on its public status)", description = "409 once closed.")
    public ComplaintView review(@PathParam("id") UUID id) {
        return triage.review(id, scope(), user());
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU})
    @Operation(summary = "Merge a duplicate complaint into another", description = "409 when either is closed.")
    public ComplaintView merge(@PathParam("id") UUID id, @NotNull @Valid ComplaintView.MergeRequest request) {
        return triage.merge(id, request.intoId(), scope(), user());
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU})
    @Operation(summary = "Reject a complaint with a reason (shown publicly)", description = "409 once closed.")
    public ComplaintView reject(@PathParam("id") UUID id, @NotNull @Valid ComplaintView.RejectionRequest request) {
        return triage.reject(id, request.reason(), scope(), user());
    }

    @POST
    @Path("/{id}/finding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Turn this complaint (and alsoIds) into a finding of a new batch of kind COMPLAINTS",
            description = "The app must be registered; the finding takes the complaints' problem kinds, the store "
                    + "named and the tracking numbers as references. 201 with findingId and batchId. 409 when a "
                    + "complaint is closed.")
    public Response toFinding(@PathParam("id") UUID id, @NotNull @Valid ComplaintView.FindingRequest request) {
        long findingId = findings.toFinding(id, request, scope(), user());
        return Response.status(Response.Status.CREATED)
                .entity(new ComplaintView.Turned(findingId, queries.get(id, scope()))).build();
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Attach a complaint as evidence to an existing finding", description = "409 once closed.")
    public ComplaintView evidence(@PathParam("id") UUID id, @NotNull @Valid ComplaintView.EvidenceRequest request) {
        findings.attach(id, request.findingId(), scope(), user());
        return queries.get(id, scope());
    }

    private ComplaintScope scope() {
        return ComplaintScope.of(identity, token);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
