package org.appsupervision.notice.agency;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** The registry of testing agencies: officials and admins register and update, ministry staff and bureaus read. */
@Path("/api/agencies")
public class AgencyResource {

    private final AgencyService agencies;
    private final SecurityIdentity identity;

    public AgencyResource(AgencyService agencies, SecurityIdentity identity) {
        this.agencies = agencies;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "Register a testing agency (roles: official, admin)", description = "creditCode is validated with its check character and unique (409 when registered already); provinces are GB/T 2260 codes it serves, empty for all; active defaults to true.")
    public Response register(@NotNull @Valid AgencyRequest request, UriInfo uri) {
        AgencyView agency = agencies.register(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(agency.creditCode()).build()).entity(agency).build();
    }

    @PUT
    @Path("/{creditCode}")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "Update a testing agency: name, provinces served, active (roles: official, admin)", description = "An inactive agency gets no new re-check tasks; its open tasks stay until reassigned.")
    public AgencyView update(@PathParam("creditCode") String creditCode, @NotNull @Valid AgencyRequest request) {
        return agencies.update(creditCode, request, identity.getPrincipal().getName());
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Testing agencies in credit-code order (roles: official, approver, bureau, auditor, admin)", description = "active=true|false filters. Paged: limit, after, Link rel=next.")
    public RestResponse<List<AgencyView>> list(@QueryParam("active") String active, @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return Paged.answer(agencies.list(activeFilter(active), page), uri);
    }

    /** {@code true}, {@code false} or absent; anything else is a 400 naming {@code active}, never read as false. */
    private static Boolean activeFilter(String active) {
        if (active == null || active.isEmpty()) {
            return null;
        }
        if (!active.equals("true") && !active.equals("false")) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("active", "must be true or false")));
        }
        return Boolean.valueOf(active);
    }

    @GET
    @Path("/{creditCode}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One testing agency (roles: official, approver, bureau, auditor, admin)")
    public AgencyView get(@PathParam("creditCode") String creditCode) {
        return agencies.get(creditCode);
    }
}
