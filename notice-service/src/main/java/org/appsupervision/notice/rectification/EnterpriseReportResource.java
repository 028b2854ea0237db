package org.appsupervision.notice.rectification;

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

/** An enterprise's rectification reports, scoped by the token's credit code: draft, attach evidence, submit, read. */
@Path("/api/enterprise/rectification-reports")
@RolesAllowed(Roles.OPERATOR)
public class EnterpriseReportResource {

    private final RectificationReportService reports;
    private final ReportViews views;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public EnterpriseReportResource(RectificationReportService reports, ReportViews views, SecurityIdentity identity,
            JsonWebToken token) {
        this.reports = reports;
        this.views = views;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @Operation(summary = "Draft a rectification report for one of the enterprise's notice items (role: operator)", description = "The item must be on a published rectification or re-check notice and name an app of the token's credit_code (else 404); 409 /problems/deadline-passed after its deadline day (Beijing time), 409 when it is rectified already. Then attach evidence and submit.")
    public Response draft(@NotNull @Valid ReportRequest request, UriInfo uri) {
        ReportView report = reports.draft(request, TokenScope.creditCode(token::getClaim), identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(report.id().toString()).build()).entity(report).build();
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/zip", "application/octet-stream"})
    @Operation(summary = "Attach one evidence file to a draft report, the file as the body (role: operator)", description = "name (query) is the file's name. At most 10 MiB (413), a PDF, PNG, JPEG or ZIP by its content whatever the declared type (415 /problems/evidence-type-refused), at most 20 files; kept with its SHA-256. 409 once submitted or after the deadline.")
    public Response addEvidence(@PathParam("id") UUID id, @QueryParam("name") String name, InputStream body,
            UriInfo uri) {
        EvidenceView file = reports.addEvidence(id, TokenScope.creditCode(token::getClaim), name, body,
                identity.getPrincipal().getName());
        return EvidenceResponses.created(uri, file);
    }

    @POST
    @Path("/{id}/submission")
    @Operation(summary = "Submit a draft report and ask for the re-check (role: operator); emits RectificationReported", description = "Seals reportHash (SHA-256 over the item, fixed version, changes and the evidence files' SHA-256) and opens a re-check task assigned to a testing agency by the rule officials set. 409 /problems/deadline-passed after the deadline, 409 without evidence, while another re-check of the item is open, or with no active agency; nothing is written then.")
    public ReportView submit(@PathParam("id") UUID id) {
        return reports.submit(id, TokenScope.creditCode(token::getClaim));
    }

    @GET
    @Operation(summary = "The enterprise's own reports, newest first, with their re-check state (role: operator)", description = "Paged: limit, after, Link rel=next.")
    public RestResponse<List<ReportView>> list(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(views.list(TokenScope.creditCode(token::getClaim), page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the enterprise's reports with its evidence and re-check (role: operator)")
    public ReportView get(@PathParam("id") UUID id) {
        return reports.get(id, TokenScope.creditCode(token::getClaim));
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Operation(summary = "Download an evidence file of one of the enterprise's reports (role: operator)")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return EvidenceResponses.download(reports.download(id, TokenScope.creditCode(token::getClaim), evidenceId));
    }
}
