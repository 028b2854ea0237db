package org.appsupervision.notice.sdk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.appsupervision.notice.sdk.EmbeddingViews.AppSdk;
import org.appsupervision.notice.sdk.EmbeddingViews.InventoryRequest;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The SDKs found in an app: read by ministry staff and bureaus, reported directly by detection (officials). */
@Path("/api/apps/{packageName}/sdks")
public class AppSdkResource {

    private final SdkEmbeddings embeddings;

    public AppSdkResource(SdkEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The SDKs found in an app, with their versions and the app versions (roles: official, approver, bureau, auditor, admin)")
    public SdkView.Items<AppSdk> list(@PathParam("packageName") String packageName) {
        return new SdkView.Items<>(embeddings.ofApp(packageName));
    }

    @PUT
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "Replace detection's inventory of the SDKs in one app version (roles: official, admin)", description = "Unknown SDK codes are a 400 naming sdks[i].sdk; a version the registry does not know yet is added to it. Embeddings recorded from findings stay.")
    public SdkView.Items<AppSdk> replace(@PathParam("packageName") String packageName,
            @NotNull @Valid InventoryRequest request) {
        List<AppSdk> sdks = embeddings.replaceInventory(packageName, request);
        return new SdkView.Items<>(sdks);
    }
}
