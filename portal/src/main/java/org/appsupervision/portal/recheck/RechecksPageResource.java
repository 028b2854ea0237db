package org.appsupervision.portal.recheck;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/**
 * The officials' re-check page: tasks, the assignment rule, reassignment, opening the re-check of an SDK item, and the
 * override of an item's state.
 */
@Path("/portal/rechecks")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class RechecksPageResource {

    /**
     * What the page shows; {@code status} is the list's filter, empty for all; {@code openItem} the item id typed into
     * a refused opening.
     */
    public record Page(List<JsonObject> tasks, JsonObject rule, List<JsonObject> agencies, String status,
            boolean mayChange, String problem, boolean saved, String openItem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rechecks(Page page);
    }

    private static final Set<String> STATUSES = Set.of("OPEN", "COMPLETED");

    private final RecheckPageService pages;
    private final PortalContext context;
    private final PortalErrors errors;

    public RechecksPageResource(RecheckPageService pages, PortalContext context, PortalErrors errors) {
        this.pages = pages;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public Response page(@QueryParam("status") String status, @QueryParam("done") String done) {
        return render(200, status != null && STATUSES.contains(status) ? status : null, null, done != null, "");
    }

    @POST
    @Path("/rule")
    public Response rule(@FormParam("rule") String rule) {
        if (!context.can(Roles.OFFICIAL)) {
            return errors.forbidden();
        }
        return after(pages.send(HttpMethod.PUT, "/api/rechecks/assignment-rule",
                new JsonObject().put("rule", rule == null ? "" : rule), context.viewer(), context.messages()));
    }

    @POST
    @Path("/{id}/assignment")
    public Response reassign(@PathParam("id") UUID id, @FormParam("agencyCode") String agencyCode,
            @FormParam("reason") String reason) {
        if (!context.can(Roles.OFFICIAL)) {
            return errors.forbidden();
        }
        return after(pages.send(HttpMethod.POST, "/api/rechecks/" + id + "/assignment", new JsonObject()
                .put("agencyCode", agencyCode == null ? "" : agencyCode.strip()).put("reason", reason == null ? "" : reason),
                context.viewer(), context.messages()));
    }

    /** Opens the re-check of an SDK item (or an app item without a report); the service checks the item and the rules. */
    @POST
    @Path("/open")
    public Response open(@FormParam("itemId") String itemId) {
        if (!context.can(Roles.OFFICIAL)) {
            return errors.forbidden();
        }
        String item = EnterpriseReportPageResource.uuid(itemId);
        if (item == null) {
            return render(400, null, RecheckText.of(context).item_missing(), false, itemId == null ? "" : itemId);
        }
        String problem = pages.send(HttpMethod.POST, "/api/rechecks", new JsonObject().put("itemId", item),
                context.viewer(), context.messages());
        return problem == null ? after(null) : render(409, null, problem, false, item);
    }

    @POST
    @Path("/override")
    public Response override(@FormParam("noticeId") String noticeId, @FormParam("itemId") String itemId,
            @FormParam("status") String status, @FormParam("fixedVersion") String fixedVersion,
            @FormParam("reason") String reason) {
        if (!context.can(Roles.OFFICIAL)) {
            return errors.forbidden();
        }
        String notice = EnterpriseReportPageResource.uuid(noticeId);
        String item = EnterpriseReportPageResource.uuid(itemId);
        if (notice == null || item == null) {
            return render(400, null, RecheckText.of(context).item_missing(), false, "");
        }
        JsonObject body = new JsonObject().put("status", status == null ? "" : status)
                .put("reason", reason == null ? "" : reason);
        if (fixedVersion != null && !fixedVersion.isBlank()) {
            body.put("fixedVersion", fixedVersion.strip());
        }
        return after(pages.send(HttpMethod.PUT, "/api/notices/" + notice + "/items/" + item + "/rectification", body,
                context.viewer(), context.messages()));
    }

    private Response after(String problem) {
        if (problem != null) {
            return render(409, null, problem, false, "");
        }
        return Response.seeOther(UriBuilder.fromPath("/portal/rechecks").queryParam("done", "1").build()).build();
    }

    private Response render(int status, String filter, String problem, boolean saved, String openItem) {
        RecheckPageService.Rows tasks = pages.list("/api/rechecks?limit=100" + (filter == null ? "" : "&status=" + filter),
                context.viewer(), context.messages());
        RecheckPageService.One rule = pages.get("/api/rechecks/assignment-rule", context.viewer(), context.messages());
        RecheckPageService.Rows agencies = pages.list("/api/agencies?active=true&limit=1000", context.viewer(),
                context.messages());
        String shown = problem != null ? problem : tasks.problem() != null ? tasks.problem() : rule.problem();
        Page page = new Page(tasks.rows(), rule.value() == null ? new JsonObject() : rule.value(), agencies.rows(),
                filter == null ? "" : filter, context.can(Roles.OFFICIAL), shown, saved, openItem);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.rechecks(page)).render()).build();
    }
}
