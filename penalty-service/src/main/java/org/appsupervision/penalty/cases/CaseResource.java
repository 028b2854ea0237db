package org.appsupervision.penalty.cases;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

/** Penalty cases: officers open and read their bureau's, ministry users and auditors read all. */
@Path("/api/penalty/cases")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class CaseResource {

    private final CaseService cases;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CaseResource(CaseService cases, SecurityIdentity identity, JsonWebToken token) {
        this.cases = cases;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.BUREAU)
    public Response open(@Valid @NotNull OpenCaseRequest request) {
        CaseView opened = cases.open(request, Officer.of(identity, token));
        return Response.created(URI.create("/api/penalty/cases/" + opened.id())).entity(opened).build();
    }

    @GET
    public RestResponse<List<CaseView>> list(@QueryParam("stage") CaseStage stage, @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return Paged.answer(cases.list(BureauScope.actingAsBureau(identity, token::getClaim), stage, page), uri);
    }

    @GET
    @Path("/{id}")
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id, BureauScope.actingAsBureau(identity, token::getClaim));
    }

    @GET
    @Path("/{id}/history")
    public List<CaseStepView> history(@PathParam("id") UUID id) {
        return cases.history(id, BureauScope.actingAsBureau(identity, token::getClaim));
    }
}
