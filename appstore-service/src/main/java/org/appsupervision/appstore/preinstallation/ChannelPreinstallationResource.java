package org.appsupervision.appstore.preinstallation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officials read one handset maker's preinstalled apps. */
@Path("/api/stores")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: preinstallations")
public class ChannelPreinstallationResource {

    private final PreinstallationService preinstallations;

    public ChannelPreinstallationResource(PreinstallationService preinstallations) {
        this.preinstallations = preinstallations;
    }

    @Operation(summary = "A handset maker's preinstalled apps per model line", description = "Errors are application/problem+json: 404 /problems/not-found, 409 /problems/channel-kind (an app store keeps no preinstallations), 401, 403.")
    @GET
    @Path("/{code}/preinstallations")
    public PreinstallationView of(@PathParam("code") String code) {
        return preinstallations.of(code);
    }
}
