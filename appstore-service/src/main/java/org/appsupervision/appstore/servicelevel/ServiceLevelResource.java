package org.appsupervision.appstore.servicelevel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.appsupervision.appstore.api.ApiExamples;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service-level target of takedown orders: officials read it, admins change it. */
@Path("/api/service-level")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: service level")
public class ServiceLevelResource {

    private static final String OUT_OF_RANGE = """
            {"type":"/problems/validation","title":"请求内容无效 / Invalid request","status":400,\
            "detail":"1 field(s) are invalid","instance":"/api/service-level","errors":[{"field":"takedownTarget",\
            "message":"目标时限须在1小时至30天之间（整秒） / must be whole seconds between PT1H and P30D"}]}""";

    private final ServiceLevelService levels;
    private final JsonWebToken caller;

    public ServiceLevelResource(ServiceLevelService levels, JsonWebToken caller) {
        this.levels = levels;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The takedown target in force", description = "SET by an admin, or CONFIGURED (the default).")
    public ServiceLevelView current() {
        return levels.current();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the takedown target",
            description = "Between PT1H and P30D; applies to orders created after the change, not to running clocks.")
    @APIResponse(responseCode = "400", description = "/problems/validation", content = @Content(
            mediaType = ApiExamples.PROBLEM_JSON, examples = @ExampleObject(name = "validation", value = OUT_OF_RANGE)))
    public ServiceLevelView change(@NotNull @Valid ServiceLevelView.Change change) {
        return levels.change(change, caller.getName());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Return to the configured default", description = "For orders created after the reset.")
    public ServiceLevelView reset() {
        return levels.reset();
    }
}
