package org.appsupervision.notice.complaint;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Complaints from the public, no login: file one, and follow it by its tracking number. */
@Path("/api/public/complaints")
@PermitAll
public class PublicComplaintResource {

    /**
     * The client's address as the gateway saw it. The gateway sets it on every request it passes on (replacing
     * whatever a client sent), and only the gateway reaches this service (NetworkPolicy).
     */
    public static final String CLIENT_ADDRESS = "X-Supervision-Client-Address";

    private final ComplaintIntake intake;
    private final ComplaintQueries queries;

    public PublicComplaintResource(ComplaintIntake intake, ComplaintQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a complaint about an app (no login)", description = "201 with the tracking number and "
            + "Location of the status; 200 with the earlier tracking number and duplicate=true when the same address "
            + "complained about the same app and problem within the duplicate window. 400 /problems/validation names "
            + "every field at fault (problem kinds of the taxonomy, a store of the registry, description length, at most "
            + "3 screenshots of at most 2 MiB, PNG or JPEG by content, contact phone or e-mail); 413 over 9 MiB; 429 "
            + "over the caps per address and overall.")
    public Response file(@NotNull @Valid ComplaintRequest request, @Context HttpServerRequest http) {
        String forwarded = http.getHeader(CLIENT_ADDRESS);
        String address = forwarded != null && !forwarded.isBlank() ? forwarded.strip()
                : http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        ComplaintReceipt receipt = intake.receive(request, address);
        return receipt.duplicate() ? Response.ok(receipt).build()
                : Response.created(URI.create(receipt.statusUrl())).entity(receipt).build();
    }

    @GET
    @Path("/options")
    @Operation(summary = "The problem kinds and stores a complaint may name (no login)")
    public ComplaintOptions options() {
        return queries.options();
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "A complaint's status and progress by its tracking number (no login; no personal data)")
    public PublicComplaintView status(@PathParam("trackingNumber") String trackingNumber) {
        return queries.publicStatus(trackingNumber);
    }
}
