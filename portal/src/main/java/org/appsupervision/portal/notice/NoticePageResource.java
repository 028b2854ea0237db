package org.appsupervision.portal.notice;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
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

/**
 * Notices for the ministry: the list with the approval queue, drafting from findings or from the
 * unrectified items of a published notice, the preview as it will be published, approval and publication.
 */
@Path("/portal/notices")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class NoticePageResource {

    /** What the draft page shows: the forms' values, the batches, findings of the chosen batch, published notices. */
    public record DraftPage(DraftForm form, UUID batch, List<NoticeViews.Batch> batches, List<NoticeViews.Finding> findings,
            List<NoticeViews.Summary> published, ServiceReply reply, String formName) {

        /** The service's message on a field of the named form, or null. */
        public String error(String form, String field) {
            return form.equals(formName) && reply != null && reply.problem() != null ? reply.problem().fieldError(field) : null;
        }

        /** The service's problem (or outage) on the named form, as a title and a detail; null when none. */
        public ServiceReply failed(String form) {
            return form.equals(formName) && reply != null && !reply.ok() ? reply : null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(NoticePageService.Listing listing, boolean mayDraft);

        static native TemplateInstance draft(DraftPage page);

        static native TemplateInstance findings(List<NoticeViews.Finding> findings);

        static native TemplateInstance detail(NoticePageService.Page page, String done);
    }

    private final NoticePageService notices;
    private final PortalContext context;
    private final PortalErrors errors;

    public NoticePageResource(NoticePageService notices, PortalContext context, PortalErrors errors) {
        this.notices = notices;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance list() {
        return context.page(Templates.list(notices.list(context.viewer()), context.can(Roles.OFFICIAL)));
    }

    @GET
    @Path("new")
    @PortalPage(roles = Roles.OFFICIAL)
    public TemplateInstance draftPage(@RestQuery String batch) {
        return context.page(Templates.draft(draftPage(DraftForm.empty(), uuid(batch).orElse(null), null, null)));
    }

    @GET
    @Path("new/findings")
    @PortalPage(roles = Roles.OFFICIAL)
    public TemplateInstance findings(@RestQuery String batch) {
        List<NoticeViews.Finding> findings = uuid(batch).map(b -> notices.findings(b, context.viewer())).orElse(List.of());
        return context.page(Templates.findings(findings));
    }

    @POST
    @Path("from-findings")
    @PortalPage(roles = Roles.OFFICIAL)
    public Response draftFromFindings(@RestForm String kind, @RestForm String title, @RestForm String rectificationDays,
            @RestForm String workingDays, @RestForm String deadline, @RestForm String batch,
            @RestForm List<Long> findingIds) {
        DraftForm form = form(kind, title, rectificationDays, workingDays, deadline);
        Answer<NoticeViews.Detail> draft = notices.draftFromFindings(form, findingIds == null ? List.of() : findingIds,
                context.viewer());
        return created(draft, form, uuid(batch).orElse(null), "findings");
    }

    @POST
    @Path("from-unrectified")
    @PortalPage(roles = Roles.OFFICIAL)
    public Response draftFromUnrectified(@RestForm String kind, @RestForm String title, @RestForm String rectificationDays,
            @RestForm String workingDays, @RestForm String deadline, @RestForm String sourceNoticeId) {
        DraftForm form = form(kind, title, rectificationDays, workingDays, deadline);
        Answer<NoticeViews.Detail> draft = notices.draftFromUnrectified(form, uuid(sourceNoticeId).orElse(null),
                context.viewer());
        return created(draft, form, null, "unrectified");
    }

    @GET
    @Path("{id}")
    public Response detail(@PathParam("id") String id, @RestQuery String done) {
        Optional<UUID> notice = uuid(id);
        if (notice.isEmpty()) {
            return errors.notFound();
        }
        NoticePageService.Page page = notices.page(notice.get(), context.viewer(), context.messages());
        if (page.notice() == null && page.reply().status() == 404) {
            return errors.notFound();
        }
        return Response.ok(context.page(Templates.detail(page, done))).build();
    }

    @POST
    @Path("{id}/approval")
    @PortalPage(roles = Roles.APPROVER)
    public Response approve(@PathParam("id") String id) {
        return act(id, "approved", notices::approve);
    }

    @POST
    @Path("{id}/publication")
    @PortalPage(roles = Roles.APPROVER)
    public Response publish(@PathParam("id") String id) {
        return act(id, "published", notices::publish);
    }

    @POST
    @Path("{id}/withdrawal")
    @PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER})
    public Response withdraw(@PathParam("id") String id, @RestForm String reason) {
        return act(id, "withdrawn", (notice, viewer) -> notices.withdraw(notice, reason, viewer));
    }

    private Response act(String id, String done, java.util.function.BiFunction<UUID, org.appsupervision.portal.Viewer, ServiceReply> action) {
        Optional<UUID> notice = uuid(id);
        if (notice.isEmpty()) {
            return errors.notFound();
        }
        ServiceReply reply = action.apply(notice.get(), context.viewer());
        if (reply.ok()) {
            return Response.seeOther(URI.create("/portal/notices/" + notice.get() + "?done=" + done)).build();
        }
        NoticePageService.Page page = notices.page(notice.get(), context.viewer(), context.messages());
        NoticePageService.Page withProblem = page.with(reply);
        return Response.status(reply.unavailable() ? 503 : reply.status())
                .entity(context.page(Templates.detail(withProblem, null))).build();
    }

    private Response created(Answer<NoticeViews.Detail> draft, DraftForm form, UUID batch, String formName) {
        if (draft.ok()) {
            return Response.seeOther(URI.create("/portal/notices/" + draft.value().id() + "?done=drafted")).build();
        }
        ServiceReply reply = draft.reply();
        return Response.status(reply.unavailable() ? 503 : reply.status())
                .entity(context.page(Templates.draft(draftPage(form, batch, reply, formName)))).build();
    }

    private DraftPage draftPage(DraftForm form, UUID batch, ServiceReply reply, String formName) {
        List<NoticeViews.Batch> batches = notices.batches(context.viewer());
        List<NoticeViews.Finding> findings = batch == null ? List.of() : notices.findings(batch, context.viewer());
        List<NoticeViews.Summary> published = notices.list(context.viewer()).withStatus("PUBLISHED").stream()
                .filter(n -> !"TAKEDOWN".equals(n.kind())).toList();
        return new DraftPage(form, batch, batches, findings, published, reply, formName);
    }

    private static DraftForm form(String kind, String title, String days, String workingDays, String deadline) {
        return new DraftForm(kind == null ? "" : kind.strip(), title == null ? "" : title.strip(),
                days == null ? "" : days.strip(), workingDays != null, deadline == null ? "" : deadline.strip());
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
