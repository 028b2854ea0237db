package org.appsupervision.penalty.deadline;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.proposal.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Cases' time limits due soon and overdue; a bureau officer sees their bureau's only. */
@Path("/api/penalty/deadlines")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class DeadlineResource {

    private final DeadlineService deadlines;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public DeadlineResource(DeadlineService deadlines, SecurityIdentity identity, JsonWebToken token) {
        this.deadlines = deadlines;
        this.identity = identity;
        this.token = token;
    }

    @GET
    public List<DueDeadline> dueSoon(@QueryParam("within") @DefaultValue("7") @Min(0) @Max(366) int within,
            @QueryParam("on") LocalDate on) {
        return deadlines.dueSoon(BureauScope.of(identity, token), within, on);
    }
}
