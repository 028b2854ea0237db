package org.appsupervision.platform.audit;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.sql.SQLException;
import org.appsupervision.platform.ThisService;
import org.appsupervision.platform.security.Roles;

/**
 * Shows auditors this service's trail of state changes and whether its hash chain is intact. The path
 * names the service so the gateway can route {@code /api/audit-trail/<service>} to it.
 */
@Path("/api/audit-trail/{service}")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@IfBuildProperty(name = "supervision.audit-trail.enabled", stringValue = "true", enableIfMissing = true)
public class AuditTrailResource {

    private final AuditTrail trail;
    private final ThisService thisService;
    private final AuditMask mask;
    private final SecurityIdentity identity;

    public AuditTrailResource(AuditTrail trail, ThisService thisService, AuditMask mask, SecurityIdentity identity) {
        this.trail = trail;
        this.thisService = thisService;
        this.mask = mask;
        this.identity = identity;
    }

    @GET
    public AuditTrail.Page page(@PathParam("service") String service,
            @QueryParam("table") @Size(max = 63) String table,
            @QueryParam("rowKey") @Size(max = 200) String rowKey,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) throws SQLException {
        thisService.requireNamed(service);
        AuditTrail.Page page = trail.page(new AuditTrail.Query(table, rowKey, actor, before, limit));
        return identity.hasRole(Roles.ADMIN) ? page : mask.forNonAdmin(page);
    }

    @GET
    @Path("/verification")
    public AuditTrail.Verification verification(@PathParam("service") String service) throws SQLException {
        thisService.requireNamed(service);
        return trail.verify();
    }
}
