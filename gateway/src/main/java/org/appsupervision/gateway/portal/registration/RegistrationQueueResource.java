package org.appsupervision.gateway.portal.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.registration.RegistrationText;
import org.appsupervision.portal.Viewer;
import org.appsupervision.gateway.registration.RegistrationReview;
import org.appsupervision.gateway.registration.RegistrationView;
import org.appsupervision.gateway.registration.Reviewer;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The verification queue of enterprises' registrations for a bureau (its province's) or the ministry (all): the
 * list by status, one registration with its letter, and the verify and reject forms.
 */
@Path("/portal/registrations")
@PortalPage(roles = {Roles.BUREAU, Roles.OFFICIAL, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class RegistrationQueueResource {

    static final List<String> STATUSES = List.of("PENDING", "VERIFIED", "REJECTED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<RegistrationView> rows, String status, List<String> statuses,
                String next);

        static native TemplateInstance detail(RegistrationView registration, String done, String error);
    }

    private final RegistrationReview review;
    private final PortalContext context;
    private final PortalErrors errors;

    public RegistrationQueueResource(RegistrationReview review, PortalContext context, PortalErrors errors) {
        this.review = review;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance queue(@RestQuery String status, @RestQuery String after) {
        String wanted = status != null && STATUSES.contains(status) ? status : null;
        Page<RegistrationView> page = review.list(reviewer(), wanted, PageRequest.of(50, after));
        String next = page.next() == null ? null : UriBuilder.fromPath("/portal/registrations")
                .queryParam("status", wanted == null ? "" : wanted).queryParam("after", page.next()).build().toString();
        return context.page(Templates.queue(page.rows(), wanted, STATUSES, next));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id, @RestQuery String done) {
        try {
            String shown = "verified".equals(done) || "rejected".equals(done) ? done : null;
            return html(200, Templates.detail(review.get(reviewer(), id), shown, null));
        } catch (ProblemException e) {
            return errors.notFound();
        }
    }

    @GET
    @Path("/{id}/letter")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.TEXT_HTML})
    public Response letter(@PathParam("id") UUID id) {
        try {
            RegistrationReview.Letter letter = review.letter(reviewer(), id);
            return Response.ok(letter.content(), letter.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"").build();
        } catch (ProblemException e) {
            return errors.notFound();
        }
    }

    @POST
    @Path("/{id}/verification")
    public Response verify(@PathParam("id") UUID id) {
        return decide(id, () -> review.verify(reviewer(), id), "verified");
    }

    @POST
    @Path("/{id}/rejection")
    public Response reject(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000
                || org.appsupervision.platform.input.Text.fault(reason) != null) {
            try {
                return html(400, Templates.detail(review.get(reviewer(), id), null,
                        RegistrationText.current().reject_reason()));
            } catch (ProblemException e) {
                return errors.notFound();
            }
        }
        return decide(id, () -> review.reject(reviewer(), id, reason), "rejected");
    }

    private Response decide(UUID id, java.util.function.Supplier<RegistrationView> decision, String done) {
        try {
            decision.get();
            return Response.seeOther(UriBuilder.fromPath("/portal/registrations/{id}").queryParam("done", done)
                    .build(id)).build();
        } catch (ProblemException e) {
            if (e.type().equals(ProblemTypes.NOT_FOUND)) {
                return errors.notFound();
            }
            return html(e.type().status(), Templates.detail(review.get(reviewer(), id), null, e.getMessage()));
        }
    }

    private Reviewer reviewer() {
        Viewer viewer = context.viewer();
        return Reviewer.of(viewer.username(), viewer.roles(), viewer.province());
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(page).render()).build();
    }
}
