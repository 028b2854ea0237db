package org.appsupervision.portal.penalty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ops.OpsText;
import org.appsupervision.platform.security.Roles;

/**
 * Penalty cases: the list by stage with due dates, the case page with its timeline and deadlines, and
 * the forms that move a case through its stages (penalty-service decides and refuses; the page shows it).
 */
@Path("/portal/cases")
@PortalPage(roles = {Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CaseResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(PenaltyViews.CaseList list);

        static native TemplateInstance caseView(PenaltyViews.CasePage page);

        static native TemplateInstance notFound();
    }

    private final CaseService cases;
    private final PortalContext context;

    public CaseResource(CaseService cases, PortalContext context) {
        this.cases = cases;
        this.context = context;
    }

    @GET
    public TemplateInstance list(@QueryParam("stage") String stage) {
        return context.page(Templates.cases(cases.list(stage, context.viewer(), context.messages(), OpsText.of(context))));
    }

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(id, null, done != null && CaseSteps.ALL.contains(done) ? done : null, 200);
    }

    @POST
    @Path("/{id}/steps")
    @PortalPage(roles = Roles.BUREAU)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        String step = form.getFirst("step");
        if (step == null || !CaseSteps.ALL.contains(step)) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(context.page(Templates.notFound()).render()).build();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        CaseService.Failure failure = cases.step(id, step, fields, context.viewer(), context.messages(), OpsText.of(context));
        if (failure == null) {
            return Response.seeOther(UriBuilder.fromPath("/portal/cases/{id}").queryParam("done", step).build(id)).build();
        }
        return render(id, failure, null, failure.fieldErrors().isEmpty() ? 409 : 422);
    }

    private Response render(UUID id, CaseService.Failure failure, String done, int status) {
        PenaltyViews.CasePage page = cases.page(id, context.viewer(), context.messages(), OpsText.of(context), failure, done);
        TemplateInstance template = page == null ? Templates.notFound() : Templates.caseView(page);
        return Response.status(page == null ? 404 : status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(template).render()).build();
    }
}
