package org.appsupervision.penalty.proposal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestResponse;

/** Case proposals: bureau officers see, file and dismiss their province's; ministry users and auditors see all. */
@Path("/api/penalty/proposals")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class CaseProposalResource {

    private final CaseProposalService proposals;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CaseProposalResource(CaseProposalService proposals, SecurityIdentity identity, JsonWebToken token) {
        this.proposals = proposals;
        this.identity = identity;
        this.token = token;
    }

    @GET
    public RestResponse<List<CaseProposalView>> list(@QueryParam("noticeId") UUID noticeId,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(proposals.list(BureauScope.actingAsBureau(identity, token::getClaim), noticeId, page), uri);
    }

    @POST
    @Path("/{id}/filing")
    @RolesAllowed(Roles.BUREAU)
    public CaseProposalView file(@PathParam("id") UUID id,
            @RequestBody(required = false) @Valid FilingRequest request) {
        return proposals.file(id, Officer.of(identity, token),
                request == null ? new FilingRequest(null, null, null) : request);
    }

    @POST
    @Path("/{id}/dismissal")
    @RolesAllowed(Roles.BUREAU)
    public CaseProposalView dismiss(@PathParam("id") UUID id, @Valid @NotNull DismissalRequest request) {
        return proposals.dismiss(id, Officer.of(identity, token), request);
    }

    @GET
    @Path("/{id}")
    public CaseProposalView get(@PathParam("id") UUID id) {
        return proposals.get(id, BureauScope.actingAsBureau(identity, token::getClaim));
    }
}
