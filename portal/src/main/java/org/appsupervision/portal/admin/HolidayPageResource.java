package org.appsupervision.portal.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ops.OpsText;
import org.appsupervision.platform.security.Roles;

/** The admin page of the holiday calendar (notice-service's reference data): every year, and replacing one. */
@Path("/portal/admin/holidays")
@PortalPage(roles = Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class HolidayPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holidays(HolidayPageService.Calendar calendar, String done);
    }

    private final HolidayPageService holidays;
    private final PortalContext context;

    public HolidayPageResource(HolidayPageService holidays, PortalContext context) {
        this.holidays = holidays;
        this.context = context;
    }

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        return context.page(Templates.holidays(holidays.calendar(context.viewer(), context.messages(), null, Map.of(), Map.of()),
                done == null || !done.matches("\\d{4}") ? null : done));
    }

    @POST
    public Response replace(@FormParam("year") String year, @FormParam("holidays") String dates,
            @FormParam("adjustedWorkingDays") String working) {
        Map<String, String> errors = holidays.replace(year, dates, working, context.viewer(), context.messages(),
                OpsText.of(context));
        if (errors == null) {
            return Response.seeOther(UriBuilder.fromPath("/portal/admin/holidays").queryParam("done", year.strip()).build()).build();
        }
        Map<String, String> entered = Map.of("year", year == null ? "" : year, "holidays", dates == null ? "" : dates,
                "adjustedWorkingDays", working == null ? "" : working);
        String html = context.page(Templates.holidays(holidays.calendar(context.viewer(), context.messages(),
                errors.get("form"), errors, entered), null)).render();
        return Response.status(errors.containsKey("form") && errors.size() == 1 ? 409 : 400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
