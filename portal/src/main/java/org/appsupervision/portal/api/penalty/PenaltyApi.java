package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * penalty-service's API as the portal reads it, with the viewer's token (so a bureau sees its own province only and
 * an enterprise its own cases): statistics, proposals, cases with their history and documents, the legal bases, the
 * officers' steps, and the party's view of its cases. The contract test {@code e2e-tests/.../PortalClientsContractIT}
 * calls every method against the real service.
 */
@Path("/api/penalty")
@Produces(MediaType.APPLICATION_JSON)
public interface PenaltyApi {

    /** What the portal reads with: the application's mapper, tolerant of fields the portal does not use. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper application) {
        return application.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @GET
    @Path("/statistics")
    Uni<List<BureauFigures>> statistics();

    @GET
    @Path("/proposals")
    Uni<RestResponse<List<Proposal>>> proposals(@QueryParam("limit") Integer limit, @QueryParam("after") String after);

    @GET
    @Path("/cases")
    Uni<RestResponse<List<PenaltyCase>>> cases(@QueryParam("stage") String stage, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after);

    @GET
    @Path("/cases/{id}")
    Uni<PenaltyCase> penaltyCase(@PathParam("id") UUID id);

    @GET
    @Path("/cases/{id}/history")
    Uni<List<CaseStep>> history(@PathParam("id") UUID id);

    @GET
    @Path("/cases/{id}/documents")
    Uni<List<CaseDocument>> documents(@PathParam("id") UUID id);

    @GET
    @Path("/legal-bases")
    Uni<List<LegalBasis>> legalBases();

    /** An officer's step ({@code investigation}, {@code prior-notice} ...) with its JSON body. */
    @POST
    @Path("/cases/{id}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<PenaltyCase> step(@PathParam("id") UUID id, @PathParam("step") String step, String body);

    /** The approver's step on a proposed decision. */
    @POST
    @Path("/cases/{id}/decision/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<PenaltyCase> approveDecision(@PathParam("id") UUID id, String body);

    @GET
    @Path("/enterprise/cases")
    Uni<List<EnterpriseCase.Line>> enterpriseCases(@QueryParam("limit") Integer limit);

    @GET
    @Path("/enterprise/cases/{id}")
    Uni<EnterpriseCase> enterpriseCase(@PathParam("id") UUID id);
}
