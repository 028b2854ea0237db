package org.appsupervision.portal.api.audit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The audit trail every service keeps under the same paths (platform {@code AuditTrailResource}), one client per
 * service's address ({@code TypedClients.audit}), read with the auditor's token. The contract test
 * {@code e2e-tests/.../PortalClientsContractIT} calls every method against each real service.
 */
@Path("/api/audit-trail/{service}")
@Produces(MediaType.APPLICATION_JSON)
public interface AuditApi {

    /** A page of the trail, newest first, below the {@code before} cursor; every filter optional. */
    @GET
    Uni<AuditPage> trail(@PathParam("service") String service, @QueryParam("table") String table,
            @QueryParam("rowKey") String rowKey, @QueryParam("actor") String actor, @QueryParam("before") Long before,
            @QueryParam("limit") Integer limit);

    /** The walk of the service's hash chain. */
    @GET
    @Path("/verification")
    Uni<ChainVerification> verification(@PathParam("service") String service);
}
