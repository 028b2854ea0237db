package org.appsupervision.portal.channel;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.platform.security.Roles;

/**
 * An admin's registration of a distribution channel (an app store or a handset maker) through appstore-service's
 * {@code POST /api/stores}; the kind is chosen here once and fixed afterwards.
 */
@Path("/portal/admin/channels/new")
@PortalPage(roles = Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class StoreRegistrationResource {

    /** The form's text fields, in the order shown (the kind is a choice of two). */
    static final java.util.List<String> FIELDS = java.util.List.of("code", "nameZh", "nameEn", "company",
            "companyCreditCode", "provinceCode");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(Map<String, String> entered, ServiceReply refusal,
                java.util.List<String> fields);
    }

    private final AppstoreApi appstore;
    private final PortalContext context;

    public StoreRegistrationResource(AppstoreApi appstore, PortalContext context) {
        this.appstore = appstore;
        this.context = context;
    }

    @GET
    public TemplateInstance form() {
        return context.page(Templates.register(Map.of("kind", "APP_STORE"), null, FIELDS));
    }

    @POST
    public Response register(@FormParam("code") String code, @FormParam("nameZh") String nameZh,
            @FormParam("nameEn") String nameEn, @FormParam("company") String company,
            @FormParam("companyCreditCode") String companyCreditCode, @FormParam("provinceCode") String provinceCode,
            @FormParam("kind") String kind) {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("code", strip(code));
        entered.put("nameZh", strip(nameZh));
        entered.put("nameEn", strip(nameEn));
        entered.put("company", strip(company));
        entered.put("companyCreditCode", strip(companyCreditCode));
        entered.put("provinceCode", strip(provinceCode));
        entered.put("kind", "HANDSET_MAKER".equals(kind) ? "HANDSET_MAKER" : "APP_STORE");
        JsonObject body = new JsonObject();
        entered.forEach((field, value) -> {
            if (!value.isEmpty()) {
                body.put(field, value);
            }
        });
        ServiceReply reply = Answer.of(PortalService.APPSTORE, appstore.registerStore(body.encode())).await()
                .indefinitely().reply();
        if (reply.ok()) {
            return Response.seeOther(UriBuilder.fromPath("/portal/stores/{code}").build(entered.get("code"))).build();
        }
        String html = context.page(Templates.register(entered, reply, FIELDS)).render();
        int status = reply.unavailable() ? 503 : reply.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
