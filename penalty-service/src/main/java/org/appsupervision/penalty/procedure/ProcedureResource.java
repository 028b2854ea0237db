package org.appsupervision.penalty.procedure;

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
import org.appsupervision.penalty.procedure.ProcedureRequests.Dated;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The steps of a case up to the hearing, taken by officers of the case's bureau. */
@Path("/api/penalty/cases/{id}")
@RolesAllowed(Roles.BUREAU)
public class ProcedureResource {

    private final ProcedureService procedure;
    private final HearingService hearings;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ProcedureResource(ProcedureService procedure, HearingService hearings, SecurityIdentity identity,
            JsonWebToken token) {
        this.procedure = procedure;
        this.hearings = hearings;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @Path("/investigation")
    public CaseView startInvestigation(@PathParam("id") UUID id, @RequestBody(required = false) @Valid Dated request) {
        return procedure.startInvestigation(id, officer(), request == null ? new Dated(null) : request);
    }

    @POST
    @Path("/investigators")
    public CaseView recordInvestigator(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.Investigator request) {
        return procedure.recordInvestigator(id, officer(), request);
    }

    @POST
    @Path("/review")
    public CaseView finishInvestigation(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.Findings request) {
        return procedure.finishInvestigation(id, officer(), request);
    }

    @POST
    @Path("/legal-review")
    public CaseView legalReview(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.LegalReview request) {
        return procedure.legalReview(id, officer(), request);
    }

    @POST
    @Path("/prior-notice")
    public CaseView priorNotice(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.Penalties request) {
        return procedure.priorNotice(id, officer(), request);
    }

    @POST
    @Path("/defence")
    public CaseView defence(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.Statement request) {
        return procedure.defence(id, officer(), request);
    }

    @POST
    @Path("/hearing-request")
    public CaseView requestHearing(@PathParam("id") UUID id, @RequestBody(required = false) @Valid Dated request) {
        return hearings.requestHearing(id, officer(), request == null ? new Dated(null) : request);
    }

    @POST
    @Path("/hearing")
    public CaseView scheduleHearing(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.HearingSchedule request) {
        return hearings.scheduleHearing(id, officer(), request);
    }

    @POST
    @Path("/hearing-record")
    public CaseView recordHearing(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.HearingRecord request) {
        return hearings.recordHearing(id, officer(), request);
    }

    @POST
    @Path("/decision-extension")
    public CaseView extend(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.Extension request) {
        return procedure.extendDecisionDeadline(id, officer(), request);
    }

    private Officer officer() {
        return Officer.of(identity, token);
    }
}
