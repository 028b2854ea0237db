package org.appsupervision.gateway.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** Auditors read the security audit log and check that no record was changed or removed. */
@Path("/audit")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditResource {

    /** One audit record as auditors see it. */
    public record Entry(long seq, Instant recordedAt, String action, String actor, String subject, String address,
            String detail, String prevHash, String hash) {
    }

    private final AuditVerification verification;

    public AuditResource(AuditVerification verification) {
        this.verification = verification;
    }

    @GET
    @Path("/records")
    public RestResponse<List<Entry>> records(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit, @Context UriInfo uri) {
        // The chain's sequence number is the cursor (the records only grow at its end), so after stays a number.
        return Paged.answer(Page.of(verification.page(after, limit + 1), limit, e -> Long.toString(e.seq()), e -> e),
                uri);
    }

    @GET
    @Path("/verification")
    public AuditVerification.Result verify() {
        return verification.verify();
    }
}
