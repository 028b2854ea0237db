package org.appsupervision.penalty.deadline;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

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
    public RestResponse<List<DueDeadline>> dueSoon(
            @QueryParam("within") @DefaultValue("7") @Min(0) @Max(366) int within, @QueryParam("on") LocalDate on,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(deadlines.dueSoon(BureauScope.actingAsBureau(identity, token::getClaim), within, on, page), uri);
    }
}
