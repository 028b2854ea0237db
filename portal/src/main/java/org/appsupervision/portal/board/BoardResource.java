package org.appsupervision.portal.board;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.Set;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.ops.OpsText;
import org.appsupervision.platform.security.Roles;

/**
 * The takedown boards: the list of published takedown notices, one notice's apps against stores (a
 * page at a time, its grid refreshed by htmx), and the officials' accept or reject of objections.
 */
@Path("/portal/boards")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class BoardResource {

    private static final Set<String> OUTCOMES = Set.of("ACCEPTED", "REJECTED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(BoardService.Index index);

        static native TemplateInstance board(Board board, boolean decides, String done, UUID errorOrder, String error);

        static native TemplateInstance board$grid(Board board);
    }

    private final BoardService boards;
    private final PortalContext context;

    public BoardResource(BoardService boards, PortalContext context) {
        this.boards = boards;
        this.context = context;
    }

    @GET
    public TemplateInstance index() {
        return context.page(Templates.index(boards.index(context.viewer(), context.messages())));
    }

    @GET
    @Path("/{noticeId}")
    public TemplateInstance board(@PathParam("noticeId") UUID noticeId, @QueryParam("after") String after,
            @QueryParam("done") String done) {
        return context.page(Templates.board(load(noticeId, after), decides(), isOutcome(done) ? done : null,
                null, null));
    }

    /** The grid alone, for the page's htmx polling. */
    @GET
    @Path("/{noticeId}/grid")
    public TemplateInstance grid(@PathParam("noticeId") UUID noticeId, @QueryParam("after") String after) {
        return context.page(Templates.board$grid(load(noticeId, after)));
    }

    @POST
    @Path("/{noticeId}/objections/{orderId}")
    @PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER})
    public Response decide(@PathParam("noticeId") UUID noticeId, @PathParam("orderId") UUID orderId,
            @FormParam("outcome") String outcome, @FormParam("note") String note, @FormParam("after") String after) {
        String error;
        int status = 400;
        if (!isOutcome(outcome)) {
            error = OpsText.of(context).objection_choose();
        } else {
            ServiceReply reply = boards.decide(orderId, outcome, note, context.viewer());
            if (reply.ok()) {
                UriBuilder back = UriBuilder.fromPath("/portal/boards/{id}").queryParam("done", outcome);
                if (after != null && !after.isBlank()) {
                    back.queryParam("after", after);
                }
                return Response.seeOther(back.build(noticeId)).build();
            }
            status = reply.unavailable() ? 503 : reply.status();
            error = reply.unavailable() ? context.messages().service_unavailable(reply.service().label(context.messages()))
                    : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
        }
        String html = context.page(Templates.board(load(noticeId, after), decides(), null, orderId, error)).render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private Board load(UUID noticeId, String after) {
        return boards.load(noticeId, after, context.viewer(), context.messages(), OpsText.of(context));
    }

    private static boolean isOutcome(String outcome) {
        return outcome != null && OUTCOMES.contains(outcome);
    }

    private boolean decides() {
        return context.can(Roles.OFFICIAL) || context.can(Roles.APPROVER);
    }
}
