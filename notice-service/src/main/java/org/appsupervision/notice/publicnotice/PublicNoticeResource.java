package org.appsupervision.notice.publicnotice;

import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published notices for everyone, without login: search, the document (HTML and signed PDF), its table as CSV and
 * XLSX, an Atom feed.
 */
@Path("/api/public")
@PermitAll
public class PublicNoticeResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PublicNoticeService notices;
    private final NoticePdfs pdfs;

    public PublicNoticeResource(PublicNoticeService notices, NoticePdfs pdfs) {
        this.notices = notices;
        this.pdfs = pdfs;
    }

    @GET
    @Path("/notices")
    @Operation(summary = "Search published notices without login", description = "app (name part or package), operator (name part or credit code), problem (code), from/to (publication date, Beijing), kind; page from 0.")
    public PublicNoticeView.Page search(@QueryParam("app") String app, @QueryParam("operator") String operator,
            @QueryParam("problem") String problem, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return notices.search(new PublicNoticeQueries.Criteria(blank(app), blank(operator), blank(problem), from, to,
                blank(kind)), page, size);
    }

    @GET
    @Path("/notices/{id}")
    public PublicNoticeView get(@PathParam("id") UUID id) {
        return notices.get(id);
    }

    @GET
    @Path("/notices/{id}/document")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The notice as the ministry's document (HTML)")
    public String document(@PathParam("id") UUID id) {
        return notices.document(id);
    }

    @GET
    @Path("/notices/{id}/table.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The attachment table as CSV: 序号,应用名称,应用开发者,应用来源,应用版本,所涉问题 (a row per store)")
    public Response csv(@PathParam("id") UUID id) {
        return Response.ok(notices.csv(id))
                .header("Content-Disposition", "attachment; filename=\"notice-" + id + ".csv\"").build();
    }

    @GET
    @Path("/notices/{id}/table.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The attachment table as XLSX")
    public Response xlsx(@PathParam("id") UUID id) {
        return Response.ok(notices.xlsx(id))
                .header("Content-Disposition", "attachment; filename=\"notice-" + id + ".xlsx\"").build();
    }

    @GET
    @Path("/notices/{id}/document.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The notice's document as PDF/A signed by the ministry's key (PAdES); the same bytes on every download")
    public Response pdf(@PathParam("id") UUID id) {
        NoticePdfs.Stored stored = pdfs.pdf(id);
        return Response.ok(stored.pdf()).header("Content-Disposition", "attachment; filename=\"notice-" + id + ".pdf\"")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(stored.pdfSha256()))).build();
    }

    @GET
    @Path("/feed.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    @Operation(summary = "Atom feed of the 50 newest published notices")
    public String feed(UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return AtomFeed.of(base, notices.search(new PublicNoticeQueries.Criteria(null, null, null, null, null, null),
                0, 50).items());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
