package org.appsupervision.platform.opendata;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.appsupervision.platform.ThisService;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * This service's open data for everyone, without login: the manifests of the daily dumps (newest first), one day's
 * manifest, a file (its SHA-256 as {@code ETag}, cached for good: it never changes), and the statistics figures by
 * range. The path names the service so the gateway can route {@code /api/public/open-data/<service>} to it.
 */
@Path("/api/public/open-data/{service}")
@PermitAll
@IfBuildProperty(name = "supervision.open-data.enabled", stringValue = "true", enableIfMissing = true)
public class OpenDataResource {

    private static final String FILE_NAME = "[a-z0-9-]{1,80}-\\d{4}-\\d{2}-\\d{2}\\.(csv|jsonl)";

    private final OpenDataDumps dumps;
    private final ThisService thisService;
    private final OpenDataConfig config;

    public OpenDataResource(OpenDataDumps dumps, ThisService thisService, OpenDataConfig config) {
        this.dumps = dumps;
        this.thisService = thisService;
        this.config = config;
    }

    @GET
    @Path("/manifests")
    @Operation(summary = "The manifests of the daily open-data dumps, newest day first (paged)")
    public RestResponse<List<OpenDataManifest>> manifests(@PathParam("service") String service,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        thisService.requireNamed(service);
        return Paged.answer(dumps.manifests(page), uri);
    }

    @GET
    @Path("/manifests/{date}")
    @Operation(summary = "One day's manifest: its files with SHA-256, size and row count, the time it was written, the licence")
    public OpenDataManifest manifest(@PathParam("service") String service, @PathParam("date") LocalDate date) {
        thisService.requireNamed(service);
        return dumps.manifest(date);
    }

    @GET
    @Path("/files/{date}/{name}")
    @Produces({"text/csv", "application/jsonl"})
    @Operation(summary = "A file of a day's dump, byte for byte as its manifest lists it (ETag: its SHA-256)")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv"), @Content(mediaType = "application/jsonl")})
    public Response file(@PathParam("service") String service, @PathParam("date") LocalDate date,
            @PathParam("name") String name, @HeaderParam("If-None-Match") String ifNoneMatch) {
        thisService.requireNamed(service);
        if (!name.matches(FILE_NAME)) {
            throw ProblemException.notFound("Open-data file", name);
        }
        OpenDataStore.Content content = dumps.file(date, name);
        String etag = '"' + content.file().sha256() + '"';
        Response.ResponseBuilder answer = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(content.bytes()).header("Content-Disposition", "attachment; filename=\"" + name + '"');
        return answer.header("Content-Type", content.file().mediaType()).header("ETag", etag)
                .header("Cache-Control", "public, max-age=31536000, immutable").build();
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "The statistics datasets' figures for the days from..to (both included; by default the 30 days"
            + " up to yesterday), the same figures as their daily dumps")
    public Statistics statistics(@PathParam("service") String service, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        thisService.requireNamed(service);
        LocalDate last = to == null ? dumps.yesterday() : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last) || first.plusDays(config.maxStatisticsDays()).isBefore(last.plusDays(1))) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("from",
                    "must be on or before 'to' and at most " + config.maxStatisticsDays() + " days before it")));
        }
        return new Statistics(dumps.service(), first, last, dumps.statistics(first, last));
    }

    /** The statistics of a range of days: per dataset, its rows (a row per day and key). */
    public record Statistics(String service, LocalDate from, LocalDate to,
            Map<String, List<Map<String, Object>>> datasets) {
    }
}
