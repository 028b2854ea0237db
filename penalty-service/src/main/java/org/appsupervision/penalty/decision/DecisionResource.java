package org.appsupervision.penalty.decision;

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
import org.appsupervision.penalty.procedure.ProcedureRequests;
import org.appsupervision.penalty.procedure.ProcedureRequests.Dated;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The decision of a case: drafted, approved by a second officer, served and published. */
@Path("/api/penalty/cases/{id}")
@RolesAllowed(Roles.BUREAU)
public class DecisionResource {

    private final DecisionService decisions;
    private final DeliveryService delivery;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public DecisionResource(DecisionService decisions, DeliveryService delivery, SecurityIdentity identity,
            JsonWebToken token) {
        this.decisions = decisions;
        this.delivery = delivery;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @Path("/decision")
    public CaseView propose(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.Penalties request) {
        return decisions.propose(id, officer(), request);
    }

    @POST
    @Path("/decision/approval")
    public CaseView approve(@PathParam("id") UUID id, @RequestBody(required = false) @Valid Dated request) {
        return decisions.approve(id, officer(), orToday(request));
    }

    @POST
    @Path("/service")
    public CaseView serve(@PathParam("id") UUID id, @RequestBody(required = false) @Valid Dated request) {
        return delivery.serve(id, officer(), orToday(request));
    }

    @POST
    @Path("/publication")
    public CaseView publish(@PathParam("id") UUID id, @RequestBody(required = false) @Valid Dated request) {
        return delivery.publish(id, officer(), orToday(request));
    }

    private static Dated orToday(Dated request) {
        return request == null ? new Dated(null) : request;
    }

    private Officer officer() {
        return Officer.of(identity, token);
    }
}
