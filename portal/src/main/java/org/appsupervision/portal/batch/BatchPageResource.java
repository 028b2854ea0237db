package org.appsupervision.portal.batch;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Detection batches and their findings: list and filter, record a batch, read its findings, and upload a
 * CSV or NDJSON file whose import job the page follows with a progress bar and the report of bad lines.
 */
@Path("/portal/batches")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class BatchPageResource {

    /** The new-batch form as typed. */
    public record BatchForm(String title, String runFrom, String runTo, String appsTested, String provinceCode) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(BatchPageService.Batches batches, String filter, boolean mayRecord,
                BatchForm form, ServiceReply failure);

        static native TemplateInstance batch(BatchPageService.BatchPage page, boolean mayImport, ServiceReply failure);

        static native TemplateInstance job(UUID batch, BatchViews.ImportJob job, long lines, ServiceReply reply);

        static native TemplateInstance progress(UUID batch, BatchViews.ImportJob job, long lines, ServiceReply reply);
    }

    private final BatchPageService batches;
    private final PortalContext context;
    private final PortalErrors errors;

    public BatchPageResource(BatchPageService batches, PortalContext context, PortalErrors errors) {
        this.batches = batches;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance list(@RestQuery String q) {
        String filter = q == null ? "" : q.strip();
        return context.page(Templates.list(batches.batches(filter, context.viewer()), filter, mayRecord(),
                new BatchForm("", "", "", "", ""), null));
    }

    @POST
    @PortalPage(roles = {Roles.OFFICIAL, Roles.BUREAU})
    public Response record(@RestForm String title, @RestForm String runFrom, @RestForm String runTo,
            @RestForm String appsTested, @RestForm String provinceCode) {
        BatchForm form = new BatchForm(text(title), text(runFrom), text(runTo), text(appsTested), text(provinceCode));
        JsonObject body = new JsonObject().put("title", form.title())
                .put("runBy", context.can(Roles.BUREAU) && !context.can(Roles.OFFICIAL) ? "BUREAU" : "MINISTRY")
                .put("runFrom", form.runFrom().isEmpty() ? null : form.runFrom())
                .put("runTo", form.runTo().isEmpty() ? null : form.runTo())
                .put("appsTested", form.appsTested().matches("\\d{1,9}") ? Integer.valueOf(form.appsTested())
                        : form.appsTested().isEmpty() ? null : form.appsTested());
        if (!form.provinceCode().isEmpty()) {
            body.put("provinceCode", form.provinceCode());
        }
        Answer<BatchViews.Batch> recorded = batches.record(body, context.viewer());
        if (recorded.ok()) {
            return Response.seeOther(URI.create("/portal/batches/" + recorded.value().id())).build();
        }
        ServiceReply reply = recorded.reply();
        return Response.status(reply.unavailable() ? 503 : reply.status()).entity(context.page(Templates.list(
                batches.batches("", context.viewer()), "", mayRecord(), form, reply))).build();
    }

    @GET
    @Path("{id}")
    public Response batch(@PathParam("id") String id, @RestQuery String after) {
        Optional<UUID> batch = uuid(id);
        if (batch.isEmpty()) {
            return errors.notFound();
        }
        BatchPageService.BatchPage page = batches.batch(batch.get(), after == null || after.isEmpty() ? null : after,
                context.viewer());
        if (page.batch() == null && page.reply().status() == 404 || page.cursorRefused()) {
            return errors.notFound();
        }
        return Response.ok(context.page(Templates.batch(page, mayRecord(), null))).build();
    }

    @POST
    @Path("{id}/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PortalPage(roles = {Roles.OFFICIAL, Roles.BUREAU})
    public Response importFile(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        Optional<UUID> batch = uuid(id);
        if (batch.isEmpty()) {
            return errors.notFound();
        }
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(context.page(Templates.batch(
                    batches.batch(batch.get(), null, context.viewer()), true, null))).build();
        }
        long lines = BatchPageService.dataLines(file.uploadedFile());
        Answer<BatchViews.ImportJob> started = batches.importFile(batch.get(), file.uploadedFile(), file.fileName(),
                context.viewer());
        if (started.ok()) {
            return Response.seeOther(URI.create("/portal/batches/" + batch.get() + "/imports/"
                    + started.value().id() + "?lines=" + lines)).build();
        }
        ServiceReply reply = started.reply();
        return Response.status(reply.unavailable() ? 503 : reply.status()).entity(context.page(Templates.batch(
                batches.batch(batch.get(), null, context.viewer()), true, reply))).build();
    }

    @GET
    @Path("{id}/imports/{job}")
    public Response job(@PathParam("id") String id, @PathParam("job") String job, @RestQuery Long lines) {
        Optional<UUID> batch = uuid(id);
        Optional<UUID> jobId = uuid(job);
        if (batch.isEmpty() || jobId.isEmpty()) {
            return errors.notFound();
        }
        Answer<BatchViews.ImportJob> answer = batches.job(jobId.get(), context.viewer());
        return Response.ok(context.page(Templates.job(batch.get(), answer.value(), lines == null ? 0 : lines,
                answer.reply()))).build();
    }

    /** The progress fragment htmx polls every second until the job has finished. */
    @GET
    @Path("{id}/imports/{job}/progress")
    public Response progress(@PathParam("id") String id, @PathParam("job") String job, @RestQuery Long lines) {
        Optional<UUID> batch = uuid(id);
        Optional<UUID> jobId = uuid(job);
        if (batch.isEmpty() || jobId.isEmpty()) {
            return errors.notFound();
        }
        Answer<BatchViews.ImportJob> answer = batches.job(jobId.get(), context.viewer());
        return Response.ok(context.page(Templates.progress(batch.get(), answer.value(), lines == null ? 0 : lines,
                answer.reply()))).build();
    }

    private boolean mayRecord() {
        return context.can(Roles.OFFICIAL) || context.can(Roles.BUREAU);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
