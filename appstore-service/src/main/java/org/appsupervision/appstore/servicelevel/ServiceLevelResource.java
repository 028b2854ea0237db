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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service-level target of takedown orders: officials read it, admins change it. */
@Path("/api/service-level")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Officials: service level")
public class ServiceLevelResource {

    private static final String LEVEL = """
            {"takedownTarget":"PT12H","takedownTargetSeconds":43200,"source":"SET","changedBy":"admin","changedAt":"2021-06-01T08:00:00Z",\
            "reason":"部通知：收到下架通知后12小时内处理"}""";

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
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "set by an admin", value = LEVEL)))
    public ServiceLevelView current() {
        return levels.current();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the takedown target",
            description = "Between PT1H and P30D; applies to orders created after the change, not to running clocks.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "twelve hours",
            value = "{\"takedownTarget\":\"PT12H\",\"reason\":\"部通知：收到下架通知后12小时内处理\"}")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "changed", value = LEVEL)))
    @APIResponse(responseCode = "400", description = "/problems/validation", content = @Content(
            mediaType = ApiExamples.PROBLEM_JSON, examples = @ExampleObject(name = "out of range", value = OUT_OF_RANGE)))
    public ServiceLevelView change(@NotNull @Valid ServiceLevelView.Change change) {
        return levels.change(change, caller.getName());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Return to the configured default", description = "For orders created after the reset.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "default", value = "{\"takedownTarget\":\"PT24H\",\"takedownTargetSeconds\":86400,\"source\":\"CONFIGURED\"}")))
    public ServiceLevelView reset() {
        return levels.reset();
    }
}
