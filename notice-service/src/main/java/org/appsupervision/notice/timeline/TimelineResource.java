package org.appsupervision.notice.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.appsupervision.platform.security.Roles;

/** The timeline of one app: findings, notice items, rectifications, confirmations, liftings and penalty outcomes. */
@Path("/api/timeline")
public class TimelineResource {

    private final TimelineService timeline;

    public TimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @Path("/{packageName}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public List<TimelineEntry> of(@PathParam("packageName") String packageName) {
        return timeline.of(packageName);
    }
}
