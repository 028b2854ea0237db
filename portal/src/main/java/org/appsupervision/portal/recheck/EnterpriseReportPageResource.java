package org.appsupervision.portal.recheck;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** An enterprise's rectification reports and the form that reports one notice item with its evidence files. */
@Path("/portal/enterprise/reports")
@PortalPage(roles = Roles.OPERATOR)
@Produces(MediaType.TEXT_HTML)
public class EnterpriseReportPageResource {

    /** Largest total of evidence files one submission of the form passes on (the gateway's form limit). */
    static final long MAX_FORM_FILES_BYTES = 10L * 1024 * 1024;

    /** What the form shows: the item, what was typed, and the problem of a refused submission. */
    public record Form(String itemId, String changes, String fixedVersion, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<JsonObject> reports, String problem, boolean done);

        static native TemplateInstance form(Form form);
    }

    private static final String API = "/api/enterprise/rectification-reports";

    private final RecheckPageService pages;
    private final PortalContext context;

    public EnterpriseReportPageResource(RecheckPageService pages, PortalContext context) {
        this.pages = pages;
        this.context = context;
    }

    @GET
    public TemplateInstance reports(@QueryParam("done") String done) {
        RecheckPageService.Rows rows = pages.list(API + "?limit=100", context.viewer(), context.messages());
        return context.page(Templates.reports(rows.rows(), rows.problem(), done != null));
    }

    @GET
    @Path("/new")
    public Response form(@QueryParam("itemId") String itemId) {
        String item = uuid(itemId);
        return page(item == null ? 400 : 200, new Form(item == null ? "" : item, "", "",
                item == null ? RecheckText.of(context).item_missing() : null));
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestForm("itemId") String itemId, @RestForm("changes") String changes,
            @RestForm("fixedVersion") String fixedVersion, @RestForm("files") List<FileUpload> files) {
        RecheckMessages text = RecheckText.of(context);
        String item = uuid(itemId);
        String typedChanges = changes == null ? "" : changes;
        String typedVersion = fixedVersion == null ? "" : fixedVersion;
        List<FileUpload> given = files == null ? List.of() : files.stream().filter(f -> f.size() > 0).toList();
        if (item == null) {
            return page(400, new Form("", typedChanges, typedVersion, text.item_missing()));
        }
        if (given.isEmpty()) {
            return page(400, new Form(item, typedChanges, typedVersion, text.files_missing()));
        }
        if (given.stream().mapToLong(FileUpload::size).sum() > MAX_FORM_FILES_BYTES) {
            return page(413, new Form(item, typedChanges, typedVersion, text.too_large()));
        }
        RecheckPageService.One draft = pages.create(API, new JsonObject().put("itemId", item)
                .put("changes", typedChanges).put("fixedVersion", typedVersion), context.viewer(), context.messages());
        if (draft.problem() != null) {
            return page(400, new Form(item, typedChanges, typedVersion, draft.problem()));
        }
        String report = draft.value().getString("id");
        String problem = pages.upload(API + "/" + report + "/evidence", given, context.viewer(), context.messages());
        if (problem == null) {
            problem = pages.send(HttpMethod.POST, API + "/" + report + "/submission", null, context.viewer(),
                    context.messages());
        }
        if (problem != null) {
            return page(409, new Form(item, typedChanges, typedVersion, problem));
        }
        return Response.seeOther(UriBuilder.fromPath("/portal/enterprise/reports").queryParam("done", report).build())
                .build();
    }

    private Response page(int status, Form form) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.form(form)).render()).build();
    }

    static String uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
