package org.appsupervision.notice.timeline;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The timeline of one app: findings, notice items, rectifications, confirmations, liftings and penalty outcomes. */
@Path("/api/timeline")
public class TimelineResource {

    private final TimelineService timeline;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public TimelineResource(TimelineService timeline, SecurityIdentity identity, JsonWebToken token) {
        this.timeline = timeline;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Path("/{packageName}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    public List<TimelineEntry> of(@PathParam("packageName") String packageName) {
        return timeline.of(packageName, BureauScope.reading(identity, token::getClaim));
    }
}
