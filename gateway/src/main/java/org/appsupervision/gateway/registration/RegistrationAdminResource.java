package org.appsupervision.gateway.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The review of enterprises' registrations: a bureau officer sees and decides those of the province in the credit
 * code's digits 3-4, the ministry all; another province's registration is 404 to a bureau.
 */
@Path("/admin/registrations")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationAdminResource {

    private final RegistrationReview review;
    private final JsonWebToken caller;

    public RegistrationAdminResource(RegistrationReview review, JsonWebToken caller) {
        this.review = review;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The registrations the caller reviews, newest first")
    public RestResponse<List<RegistrationView>> list(
            @Parameter(description = "PENDING, VERIFIED or REJECTED") @QueryParam("status") String status,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(review.list(Reviewer.of(caller), status, page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One registration with its contact and its letter's digest")
    public RegistrationView get(@PathParam("id") UUID id) {
        return review.get(Reviewer.of(caller), id);
    }

    @GET
    @Path("/{id}/letter")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "The authorisation letter as it was uploaded")
    public Response letter(@PathParam("id") UUID id) {
        RegistrationReview.Letter letter = review.letter(Reviewer.of(caller), id);
        return Response.ok(letter.content(), letter.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/verification")
    @Operation(summary = "Verifies a pending registration: the operator account is created")
    public RegistrationView verify(@PathParam("id") UUID id) {
        return review.verify(Reviewer.of(caller), id);
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "Rejects a pending registration with the reason the registrant reads")
    public RegistrationView reject(@PathParam("id") UUID id, @NotNull @Valid Rejection rejection) {
        return review.reject(Reviewer.of(caller), id, rejection.reason());
    }
}
