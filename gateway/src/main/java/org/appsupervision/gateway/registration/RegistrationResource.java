package org.appsupervision.gateway.registration;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Enterprises register themselves (no login) and follow their registration with its status token. */
@Path("/auth/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    /** The header that carries a registration's status token. */
    public static final String TOKEN_HEADER = "Registration-Token";

    private final RegistrationService registrations;

    public RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "An enterprise registers (public): company, credit code, contact, wanted account, and the "
            + "authorisation letter (PDF, PNG or JPEG by content, at most 5 MiB); answers the id and the status token")
    public Response register(@RestForm String companyName, @RestForm String creditCode, @RestForm String contactName,
            @RestForm String contactPhone, @RestForm String contactEmail, @RestForm String username,
            @RestForm String password, @RestForm("letter") FileUpload letter) throws IOException {
        RegistrationReceipt receipt = registrations.submit(RegistrationUploads.form(companyName, creditCode,
                contactName, contactPhone, contactEmail, username, password, letter));
        return Response.created(URI.create("/auth/registrations/" + receipt.id())).entity(receipt)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The status of a registration to the holder of its status token (header Registration-Token)")
    public Response status(@PathParam("id") UUID id, @HeaderParam(TOKEN_HEADER) String token) {
        return Response.ok(registrations.status(id, token)).header("Cache-Control", "no-store").build();
    }
}
