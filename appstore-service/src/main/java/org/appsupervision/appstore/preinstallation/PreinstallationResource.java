package org.appsupervision.appstore.preinstallation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officials find the handset makers that preinstall a package. */
@Path("/api/preinstallations")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: preinstallations")
public class PreinstallationResource {

    private final PreinstallationService preinstallations;

    public PreinstallationResource(PreinstallationService preinstallations) {
        this.preinstallations = preinstallations;
    }

    @Operation(summary = "The handset makers preinstalling a package, with their model lines", description = "Errors are application/problem+json: 400 /problems/validation (packageName missing or not an Android package name), 401, 403.")
    @GET
    public PreinstallationView.Makers makers(@QueryParam("packageName") @NotNull @Size(max = 255)
            @Pattern(regexp = PreinstallationRequest.PACKAGE_NAME, message = "is not an Android package name") String packageName) {
        return preinstallations.makersOf(packageName);
    }
}
