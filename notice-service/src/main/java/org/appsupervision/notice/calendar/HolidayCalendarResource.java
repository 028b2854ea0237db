package org.appsupervision.notice.calendar;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.appsupervision.platform.security.Roles;

/** The holiday calendar: admins replace a year's holidays and adjusted working days; officials read it. */
@Path("/api/reference/holidays")
public class HolidayCalendarResource {

    private final HolidayCalendarService calendar;
    private final SecurityIdentity identity;

    public HolidayCalendarResource(HolidayCalendarService calendar, SecurityIdentity identity) {
        this.calendar = calendar;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public List<HolidayCalendarView> list() {
        return calendar.list();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public HolidayCalendarView get(@PathParam("year") int year) {
        return calendar.get(year);
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a year's holidays and adjusted working days (admin); emits HolidayCalendarChanged")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "2021 National Day", value = "{\"holidays\":[\"2021-10-01\",\"2021-10-04\",\"2021-10-05\",\"2021-10-06\",\"2021-10-07\"],\"adjustedWorkingDays\":[\"2021-09-26\",\"2021-10-09\"]}")))
    public HolidayCalendarView replace(@PathParam("year") int year,
            @NotNull @Valid HolidayCalendarView.YearRequest request) {
        return calendar.replace(year, request, identity.getPrincipal().getName());
    }
}
