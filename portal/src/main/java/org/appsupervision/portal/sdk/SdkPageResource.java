package org.appsupervision.portal.sdk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/** The SDK registry pages: the list with search and the registration form, and one SDK with its embedding apps. */
@Path("/portal/sdks")
@PortalPage(roles = {Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class SdkPageResource {

    /** The list page; {@code form} holds what a refused registration sent, to show it again. */
    public record ListPage(String q, List<JsonObject> sdks, boolean mayRegister, String problem, JsonObject form) {
    }

    /** One SDK's page. */
    public record SdkPage(String code, JsonObject sdk, List<SdkPageService.VersionApps> versions,
            List<JsonObject> problemKinds, boolean mayFollowUp, boolean saved, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance sdk(SdkPage page);
    }

    private final SdkPageService sdks;
    private final PortalContext context;
    private final PortalErrors errors;

    public SdkPageResource(SdkPageService sdks, PortalContext context, PortalErrors errors) {
        this.sdks = sdks;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public Response list(@QueryParam("q") String q) {
        return renderList(200, q, null, new JsonObject());
    }

    @POST
    public Response register(@FormParam("code") String code, @FormParam("nameZh") String nameZh,
            @FormParam("nameEn") String nameEn, @FormParam("providerName") String providerName,
            @FormParam("providerCreditCode") String providerCreditCode,
            @FormParam("packagePrefixes") String packagePrefixes, @FormParam("signatures") String signatures,
            @FormParam("versions") String versions) {
        if (!context.can(Roles.OFFICIAL) && !context.can(Roles.ADMIN)) {
            return errors.forbidden();
        }
        JsonObject body = new JsonObject().put("code", text(code)).put("nameZh", text(nameZh))
                .put("nameEn", text(nameEn)).put("providerName", text(providerName))
                .put("providerCreditCode", text(providerCreditCode)).put("packagePrefixes", lines(packagePrefixes))
                .put("signatures", lines(signatures)).put("versions", lines(versions));
        SdkPageService.One created = sdks.send(HttpMethod.POST, "/api/sdks", body, context.viewer(), context.messages());
        if (created.problem() != null) {
            JsonObject form = body.copy().put("packagePrefixes", text(packagePrefixes))
                    .put("signatures", text(signatures)).put("versions", text(versions));
            return renderList(409, null, created.problem(), form);
        }
        return Response.seeOther(UriBuilder.fromPath("/portal/sdks/{code}").queryParam("done", "1")
                .build(created.value().getString("code"))).build();
    }

    @GET
    @Path("/{code}")
    public Response sdk(@PathParam("code") String code, @QueryParam("done") String done) {
        return renderSdk(200, code, done != null, null);
    }

    @POST
    @Path("/{code}/follow-up")
    public Response followUp(@PathParam("code") String code, @FormParam("versions") List<String> versions,
            @FormParam("problemCodes") List<String> problemCodes) {
        if (!context.can(Roles.OFFICIAL)) {
            return errors.forbidden();
        }
        JsonObject body = new JsonObject().put("versions", new JsonArray(versions == null ? List.of() : versions))
                .put("problemCodes", new JsonArray(problemCodes == null ? List.of() : problemCodes));
        SdkPageService.One draft = sdks.send(HttpMethod.POST, "/api/sdks/" + SdkPageService.encode(code)
                + "/follow-up-drafts", body, context.viewer(), context.messages());
        if (draft.problem() != null) {
            return renderSdk(409, code, false, draft.problem());
        }
        return Response.seeOther(UriBuilder.fromPath("/portal/notices/{id}").build(draft.value().getString("id")))
                .build();
    }

    private Response renderList(int status, String q, String problem, JsonObject form) {
        SdkPageService.Rows rows = sdks.list(q, context.viewer(), context.messages());
        ListPage page = new ListPage(q == null ? "" : q, rows.rows(),
                context.can(Roles.OFFICIAL) || context.can(Roles.ADMIN),
                problem != null ? problem : rows.problem(), form);
        return html(status, Templates.list(page));
    }

    private Response renderSdk(int status, String code, boolean saved, String problem) {
        SdkPageService.One sdk = sdks.sdk(code, context.viewer(), context.messages());
        if (sdk.value() == null && sdk.problem() == null) {
            return errors.notFound();
        }
        SdkPageService.Rows apps = sdks.apps(code, context.viewer(), context.messages());
        boolean mayFollowUp = context.can(Roles.OFFICIAL);
        SdkPage page = new SdkPage(code, sdk.value() == null ? new JsonObject() : sdk.value(),
                sdks.appsByVersion(code, apps), mayFollowUp ? sdks.problemKinds(context.viewer()) : List.of(),
                mayFollowUp, saved, problem != null ? problem : sdk.problem() != null ? sdk.problem() : apps.problem());
        return html(status, Templates.sdk(page));
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(template).render()).build();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static JsonArray lines(String value) {
        return new JsonArray(value == null ? List.of() : Arrays.stream(value.split("[\\r\\n,]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }
}
