package org.appsupervision.notice.finding;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import org.appsupervision.platform.idempotency.IdempotencyKey;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;
import org.appsupervision.notice.finding.importing.FindingImportService;
import org.appsupervision.notice.finding.importing.ImportFormat;
import org.appsupervision.notice.finding.importing.ImportJobView;

/**
 * Findings of detection batches: entered a few at a time as JSON, or imported in bulk from CSV or
 * NDJSON as a job whose progress can be polled. Bureau officers write their own province's batches only.
 */
@Path("/api/findings")
public class FindingResource {

    private final FindingService findings;
    private final FindingImportService imports;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public FindingResource(FindingService findings, FindingImportService imports, SecurityIdentity identity,
            JsonWebToken token) {
        this.findings = findings;
        this.imports = imports;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Findings by app or batch, with the repeat-offence flag", description = "In id order, paged: limit and after, Link rel=next when there is more. Errors are application/problem+json: 400 (limit, after), 401, 403.")
    public RestResponse<List<FindingView>> find(@QueryParam("packageName") String packageName,
            @QueryParam("batchId") UUID batchId, @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(findings.find(packageName, batchId, page, BureauScope.reading(identity, token::getClaim)), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Enter a few findings into a batch (official, or bureau for its own province)", description = "All or nothing; answers the batch, how many were written and findingIds: the id of each finding in the order sent (to draft from them without another read). 400 /problems/validation lists findings[i] with every reason; 403 for another province's batch.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "one finding", value = "{\"batchId\":\"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10\",\"findings\":[{\"packageName\":\"com.douban.frodo\",\"appName\":\"豆瓣\",\"version\":\"7.18.0\",\"sourceStore\":\"huawei\",\"problems\":[\"collect-beyond-scope\"],\"evidence\":\"首次启动读取通讯录\",\"references\":[\"report-17.pdf\"],\"detectedAt\":\"2021-10-15T09:30:00+08:00\",\"operatorName\":\"北京豆网科技有限公司\",\"operatorCreditCode\":\"91110108551385082Q\",\"filingNumber\":\"京ICP备05002222号-2A\"}]}")))
    public Response add(@NotNull @Valid FindingView.AddRequest request) {
        List<Long> ids = imports.add(request.batchId(), request.findings(), BureauScope.of(identity, token::getClaim),
                identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(new FindingView.Added(request.batchId(), ids.size(), ids)).build();
    }

    @POST
    @Path("/imports")
    @Consumes({"text/csv", "application/x-ndjson"})
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Import a CSV or NDJSON file of findings as a job (one step: spooled, then polled)", description = "202 with Location of the job. The job ends SUCCEEDED (all written in one transaction) or REJECTED (every bad line listed with its number and reason, nothing written). 403 for another province's batch.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "CSV", value = "packageName,appName,version,sourceStore,problems,evidence,references,detectedAt,operatorName,operatorCreditCode,filingNumber\ncom.douban.frodo,豆瓣,7.18.0,huawei,collect-beyond-scope;excessive-permissions,\"首次启动读取通讯录\",report-17.pdf,2021-10-15T09:30:00+08:00,北京豆网科技有限公司,91110108551385082Q,京ICP备05002222号-2A\n")))
    public Response importFile(@QueryParam("batchId") @NotNull UUID batchId,
            @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
            @jakarta.ws.rs.HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, InputStream body, UriInfo uri)
            throws IOException {
        ImportFormat format = contentType.startsWith("text/csv") ? ImportFormat.CSV : ImportFormat.NDJSON;
        ImportJobView job = imports.submit(batchId, format, body, BureauScope.of(identity, token::getClaim),
                identity.getPrincipal().getName(), idempotencyKey, RequestFingerprint.of("POST", uri).part(format.name()));
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("api/findings/imports").path(job.id().toString()).build())
                .build();
    }

    /** Opens an import that waits for its file (the two-step import: open, then PUT the file). */
    @POST
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Open a two-step import whose file is then PUT to /imports/{jobId}/file", description = "201 with the WAITING job.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "open", value = "{\"batchId\":\"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10\",\"format\":\"CSV\"}")))
    public Response open(@NotNull @Valid ImportJobView.OpenRequest request,
            @jakarta.ws.rs.HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, UriInfo uri) {
        ImportJobView job = imports.open(request.batchId(), request.format(), BureauScope.of(identity, token::getClaim),
                identity.getPrincipal().getName(), idempotencyKey, RequestFingerprint.of("POST", uri));
        return Response.created(uri.getAbsolutePathBuilder().path(job.id().toString()).build()).entity(job).build();
    }

    /** Streams the file of an opened import straight into validation and the database; answers when it ends. */
    @PUT
    @Path("/imports/{jobId}/file")
    @Consumes({"text/csv", "application/x-ndjson"})
    @RolesAllowed({Roles.OFFICIAL, Roles.BUREAU})
    @Operation(summary = "Stream the file of an opened import straight into validation and COPY", description = "Answers with the ended job; meanwhile GET /imports/{jobId} shows lines read. 409 if the file was sent already, 403 for another user.")
    public ImportJobView upload(@PathParam("jobId") UUID jobId, InputStream body) {
        return imports.upload(jobId, body, identity.getPrincipal().getName());
    }

    @GET
    @Path("/imports/{jobId}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Poll an import job: status, lines read and written, bad lines")
    public ImportJobView job(@PathParam("jobId") UUID jobId) {
        return imports.get(jobId, BureauScope.reading(identity, token::getClaim));
    }
}
