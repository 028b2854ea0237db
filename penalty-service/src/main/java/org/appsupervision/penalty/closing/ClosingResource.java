package org.appsupervision.penalty.closing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.appsupervision.penalty.cases.CaseView;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.decision.DecisionRequests;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Closing a case, by an officer of its bureau. */
@Path("/api/penalty/cases/{id}/closing")
@RolesAllowed(Roles.BUREAU)
public class ClosingResource {

    private final ClosingService closing;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ClosingResource(ClosingService closing, SecurityIdentity identity, JsonWebToken token) {
        this.closing = closing;
        this.identity = identity;
        this.token = token;
    }

    @POST
    public CaseView close(@PathParam("id") UUID id, @Valid @NotNull DecisionRequests.Closing request) {
        return closing.close(id, Officer.of(identity, token), request);
    }
}
