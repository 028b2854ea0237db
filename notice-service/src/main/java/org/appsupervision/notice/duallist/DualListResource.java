package org.appsupervision.notice.duallist;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The officials' view of an app's dual lists: per app version, what findings observed against what was declared. */
@Path("/api/dual-lists")
public class DualListResource {

    private final DualListCheckService checks;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public DualListResource(DualListCheckService checks, SecurityIdentity identity, JsonWebToken token) {
        this.checks = checks;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Path("/{packageName}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Per app version: the latest published dual list and every observed data flow, disclosed or undisclosed",
            description = "A flow is undisclosed when the latest published list of its app version does not declare it (same kind; for sharing the same recipient, trimmed, case-insensitive), with reason \"not declared\", or when the app version has no published list (\"no dual list\"). A bureau officer reads the apps of their province's operators only (403 otherwise) and the flows of the ministry's and their province's batches. 404 for an unknown app.")
    public DualListCheckView app(@PathParam("packageName") String packageName) {
        return checks.forOfficials(packageName, BureauScope.reading(identity, token::getClaim));
    }
}
