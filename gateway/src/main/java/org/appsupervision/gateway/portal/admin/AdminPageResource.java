package org.appsupervision.gateway.portal.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.gateway.account.AccountView;
import org.appsupervision.gateway.client.ClientView;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/**
 * The admin pages for the gateway's accounts (create, roles, password reset, disable, enable, unlock) and the stores' API
 * clients (create and rotate with the secret shown once, revoke).
 */
@Path("/portal/admin")
@PortalPage(roles = Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminPageResource {

    static final List<String> ROLES = List.of(Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN,
            Roles.AGENCY);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<AccountView> accounts, List<String> roles, String done,
                AdminPageService.Outcome<AccountView> outcome, Map<String, String> entered);

        static native TemplateInstance clients(List<ClientView> clients, String done, AdminPageService.Outcome<ClientView> outcome,
                ClientView secret);
    }

    private final AdminPageService admin;
    private final PortalContext context;

    public AdminPageResource(AdminPageService admin, PortalContext context) {
        this.admin = admin;
        this.context = context;
    }

    @GET
    @Path("/accounts")
    public TemplateInstance accounts(@QueryParam("done") String done) {
        return accountsPage(done, null, Map.of());
    }

    @POST
    @Path("/accounts")
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("roles") List<String> roles, @FormParam("province") String province,
            @FormParam("password") String password, @FormParam("agencyCode") String agencyCode) {
        var outcome = admin.createAccount(username, displayName, roles == null ? Set.of() : Set.copyOf(roles), province,
                password, agencyCode, context.viewer().username());
        if (outcome.ok()) {
            return seeOther("/portal/admin/accounts", "created");
        }
        Map<String, String> entered = Map.of("username", nonNull(username), "displayName", nonNull(displayName),
                "province", nonNull(province), "agencyCode", nonNull(agencyCode), "roles", roles == null ? "" : String.join(",", roles));
        return html(outcome.fieldErrors().isEmpty() ? 409 : 400, accountsPage(null, outcome, entered));
    }

    @POST
    @Path("/accounts/{username}/{action: enabling|disabling|unlocking}")
    public Response account(@PathParam("username") String username, @PathParam("action") String action) {
        String me = context.viewer().username();
        var outcome = switch (action) {
            case "enabling" -> admin.setEnabled(username, true, me);
            case "disabling" -> admin.setEnabled(username, false, me);
            default -> admin.unlock(username, me);
        };
        return outcome.ok() ? seeOther("/portal/admin/accounts", action) : html(409, accountsPage(null, outcome, Map.of()));
    }

    @POST
    @Path("/accounts/{username}/roles")
    public Response roles(@PathParam("username") String username, @FormParam("roles") List<String> roles,
            @FormParam("province") String province) {
        var outcome = admin.changeRoles(username, roles == null ? Set.of() : Set.copyOf(roles), province,
                context.viewer().username());
        return outcome.ok() ? seeOther("/portal/admin/accounts", "roles")
                : html(outcome.fieldErrors().isEmpty() ? 409 : 400, accountsPage(null, outcome, Map.of("account", username)));
    }

    @POST
    @Path("/accounts/{username}/password")
    public Response resetPassword(@PathParam("username") String username, @FormParam("password") String password) {
        var outcome = admin.resetPassword(username, password, context.viewer().username());
        return outcome.ok() ? seeOther("/portal/admin/accounts", "password")
                : html(outcome.fieldErrors().isEmpty() ? 409 : 400, accountsPage(null, outcome, Map.of("account", username)));
    }

    @GET
    @Path("/clients")
    public TemplateInstance clients(@QueryParam("done") String done) {
        return context.page(Templates.clients(admin.clients(), done(done), null, null));
    }

    @POST
    @Path("/clients")
    public Response createClient(@FormParam("clientId") String clientId, @FormParam("storeCode") String storeCode) {
        var outcome = admin.createClient(clientId, storeCode, context.viewer().username());
        return clientsAnswer(outcome, outcome.fieldErrors().isEmpty() ? 409 : 400);
    }

    @POST
    @Path("/clients/{clientId}/{action: secrets|revocation}")
    public Response client(@PathParam("clientId") String clientId, @PathParam("action") String action) {
        String me = context.viewer().username();
        var outcome = action.equals("secrets") ? admin.rotate(clientId, me) : admin.revoke(clientId, me);
        if (outcome.ok() && action.equals("revocation")) {
            return seeOther("/portal/admin/clients", "revocation");
        }
        return clientsAnswer(outcome, 409);
    }

    /** A new secret is shown on this answer only (never stored, the page is not cached); a refusal is shown instead. */
    private Response clientsAnswer(AdminPageService.Outcome<ClientView> outcome, int refusedStatus) {
        ClientView secret = outcome.ok() ? outcome.value() : null;
        return html(outcome.ok() ? 200 : refusedStatus, context.page(Templates.clients(admin.clients(), null,
                outcome.ok() ? null : outcome, secret)));
    }

    private TemplateInstance accountsPage(String done, AdminPageService.Outcome<AccountView> outcome, Map<String, String> entered) {
        return context.page(Templates.accounts(admin.accounts(), ROLES, done(done), outcome, entered));
    }

    private static String done(String done) {
        return done != null && Set.of("created", "enabling", "disabling", "unlocking", "roles", "password", "revocation").contains(done) ? done : null;
    }

    private static Response seeOther(String path, String done) {
        return Response.seeOther(UriBuilder.fromPath(path).queryParam("done", done).build()).build();
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
