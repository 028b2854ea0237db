package org.appsupervision.portal.recheck;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A testing agency's re-check tasks: the list, one task with the report and its evidence, and the result form. */
@Path("/portal/agency/tasks")
@PortalPage(roles = Roles.AGENCY)
@Produces(MediaType.TEXT_HTML)
public class AgencyTaskPageResource {

    /** One task as the page shows it, with what was typed into a refused result form. */
    public record Task(JsonObject task, List<JsonObject> reportEvidence, List<JsonObject> resultEvidence,
            boolean open, String problem, boolean done, String outcome, String testedVersion, String findings) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tasks(List<JsonObject> tasks, String problem);

        static native TemplateInstance task(Task page);
    }

    private static final String API = "/api/agency/tasks";

    private final RecheckPageService pages;
    private final EvidenceDownloads downloads;
    private final PortalContext context;
    private final PortalErrors errors;

    public AgencyTaskPageResource(RecheckPageService pages, EvidenceDownloads downloads, PortalContext context,
            PortalErrors errors) {
        this.pages = pages;
        this.downloads = downloads;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance tasks() {
        RecheckPageService.Rows rows = pages.list(API + "?limit=100", context.viewer(), context.messages());
        return context.page(Templates.tasks(rows.rows(), rows.problem()));
    }

    @GET
    @Path("/{id}")
    public Response task(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, 200, null, done != null, "RECTIFIED", "", "");
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        Response file = downloads.fetch(API + "/" + id + "/evidence/" + evidenceId, context.viewer());
        return file == null ? errors.notFound() : file;
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response result(@PathParam("id") UUID id, @RestForm("outcome") String outcome,
            @RestForm("testedVersion") String testedVersion, @RestForm("findings") String findings,
            @RestForm("files") List<FileUpload> files) {
        List<FileUpload> given = files == null ? List.of() : files.stream().filter(f -> f.size() > 0).toList();
        String o = outcome == null ? "" : outcome;
        String v = testedVersion == null ? "" : testedVersion;
        String f = findings == null ? "" : findings;
        if (given.stream().mapToLong(FileUpload::size).sum() > EnterpriseReportPageResource.MAX_FORM_FILES_BYTES) {
            return page(id, 413, RecheckText.of(context).too_large(), false, o, v, f);
        }
        String problem = pages.upload(API + "/" + id + "/evidence", given, context.viewer(), context.messages());
        if (problem == null) {
            problem = pages.send(HttpMethod.POST, API + "/" + id + "/result", new JsonObject().put("outcome", o)
                    .put("testedVersion", v).put("findings", f), context.viewer(), context.messages());
        }
        if (problem != null) {
            return page(id, 409, problem, false, o, v, f);
        }
        return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/portal/agency/tasks/" + id)
                .queryParam("done", "1").build()).build();
    }

    private Response page(UUID id, int status, String problem, boolean done, String outcome, String version,
            String findings) {
        RecheckPageService.One one = pages.get(API + "/" + id, context.viewer(), context.messages());
        if (one.value() == null) {
            return one.problem() == null ? errors.notFound()
                    : Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                            .entity(context.page(Templates.tasks(List.of(), one.problem())).render()).build();
        }
        JsonObject task = one.value();
        Task view = new Task(task, RecheckPageService.evidence(task.getJsonObject("report")),
                RecheckPageService.evidence(task.getJsonObject("result")), "OPEN".equals(task.getString("status")),
                problem, done, outcome, version, findings);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.task(view)).render()).build();
    }
}
