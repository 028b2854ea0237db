package org.appsupervision.notice.calendar;

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
    public HolidayCalendarView replace(@PathParam("year") int year,
            @NotNull @Valid HolidayCalendarView.YearRequest request) {
        return calendar.replace(year, request, identity.getPrincipal().getName());
    }
}
