package org.appsupervision.portal.complaint;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The officials' complaint queue: the list by status, app and problem, one complaint with its contact (officials
 * only, as notice-service answers it), and the review, merge, reject and to-finding forms.
 */
@Path("/portal/complaints")
@PortalPage(roles = {Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU, Roles.AUDITOR})
@Produces(MediaType.TEXT_HTML)
public class ComplaintQueueResource {

    static final List<String> STATUSES = List.of("RECEIVED", "UNDER_REVIEW", "MERGED", "REJECTED", "FINDING");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<ComplaintViews.Complaint> rows, String status, String app,
                String problem, List<String> statuses, String next, ServiceReply failure);

        static native TemplateInstance detail(ComplaintViews.Complaint complaint,
                List<ComplaintViews.Complaint> siblings, boolean mayTriage, boolean mayFind, String done,
                ServiceReply failure);
    }

    private final ComplaintPageService complaints;
    private final PortalContext context;
    private final PortalErrors errors;

    public ComplaintQueueResource(ComplaintPageService complaints, PortalContext context, PortalErrors errors) {
        this.complaints = complaints;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance queue(@RestQuery String status, @RestQuery String app, @RestQuery String problem,
            @RestQuery String after) {
        String wanted = status != null && STATUSES.contains(status) ? status : null;
        ServiceClient.Paged page = complaints.queue(wanted, app, problem, after, context.viewer());
        String next = page.next() == null ? null : UriBuilder.fromPath("/portal/complaints")
                .queryParam("status", wanted == null ? "" : wanted).queryParam("app", text(app))
                .queryParam("problem", text(problem)).queryParam("after", page.next()).build().toString();
        return context.page(Templates.queue(complaints.complaints(page.reply()), wanted, text(app), text(problem),
                STATUSES, next, page.reply().ok() ? null : page.reply()));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") String id, @RestQuery String done) {
        Optional<UUID> complaint = uuid(id);
        if (complaint.isEmpty()) {
            return errors.notFound();
        }
        return page(complaint.get(), "done".equals(done) ? done : null, null);
    }

    @GET
    @Path("/{id}/screenshots/{seq}")
    @Produces({"image/png", "image/jpeg", MediaType.TEXT_HTML})
    @PortalPage(roles = {Roles.OFFICIAL, Roles.BUREAU})
    public Response screenshot(@PathParam("id") String id, @PathParam("seq") String seq) {
        Optional<UUID> complaint = uuid(id);
        if (complaint.isEmpty() || !seq.matches("[1-9]")) {
            return errors.notFound();
        }
        ServiceClient.Binary image = complaints.screenshot(complaint.get(), Integer.parseInt(seq), context.viewer());
        if (image.status() != 200 || image.mediaType() == null
                || !List.of("image/png", "image/jpeg").contains(image.mediaType())) {
            return errors.notFound();
        }
        return Response.ok(image.content(), image.mediaType()).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/review")
    @PortalPage(roles = {Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU})
    public Response review(@PathParam("id") String id) {
        return act(id, "review", null);
    }

    @POST
    @Path("/{id}/merge")
    @PortalPage(roles = {Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU})
    public Response merge(@PathParam("id") String id, @RestForm String intoId) {
        return act(id, "merge", new JsonObject().put("intoId", text(intoId).isEmpty() ? null : text(intoId)));
    }

    @POST
    @Path("/{id}/rejection")
    @PortalPage(roles = {Roles.OFFICIAL, Roles.ADMIN, Roles.BUREAU})
    public Response reject(@PathParam("id") String id, @RestForm String reason) {
        return act(id, "rejection", new JsonObject().put("reason", text(reason)));
    }

    @POST
    @Path("/{id}/finding")
    @PortalPage(roles = {Roles.OFFICIAL, Roles.BUREAU})
    public Response finding(@PathParam("id") String id, @RestForm String version, @RestForm String packageName,
            @RestForm List<String> alsoIds) {
        JsonObject body = new JsonObject().put("version", text(version))
                .put("alsoIds", new JsonArray(alsoIds == null ? List.of() : alsoIds.stream()
                        .filter(a -> a != null && !a.isBlank()).toList()));
        if (!text(packageName).isEmpty()) {
            body.put("packageName", text(packageName));
        }
        return act(id, "finding", body);
    }

    private Response act(String id, String action, JsonObject body) {
        Optional<UUID> complaint = uuid(id);
        if (complaint.isEmpty()) {
            return errors.notFound();
        }
        ServiceReply reply = complaints.act(complaint.get(), action, body, context.viewer());
        if (reply.ok()) {
            return Response.seeOther(UriBuilder.fromPath("/portal/complaints/{id}").queryParam("done", "done")
                    .build(complaint.get())).build();
        }
        if (reply.status() == 404) {
            return errors.notFound();
        }
        return page(complaint.get(), null, reply);
    }

    private Response page(UUID id, String done, ServiceReply failure) {
        ServiceReply reply = complaints.get(id, context.viewer());
        ComplaintViews.Complaint complaint = complaints.complaint(reply);
        if (complaint == null) {
            return reply.status() == 404 || reply.status() == 403 ? errors.notFound()
                    : Response.status(503).entity(context.page(Templates.queue(List.of(), null, "", "", STATUSES,
                            null, reply))).build();
        }
        boolean mayTriage = context.can(Roles.OFFICIAL) || context.can(Roles.ADMIN) || context.can(Roles.BUREAU);
        boolean mayFind = context.can(Roles.OFFICIAL) || context.can(Roles.BUREAU);
        List<ComplaintViews.Complaint> siblings = complaint.open() && mayTriage
                ? complaints.siblings(complaint, context.viewer()) : List.of();
        int status = failure == null ? 200 : failure.unavailable() ? 503 : failure.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.detail(complaint, siblings, mayTriage, mayFind, done, failure)).render())
                .build();
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
