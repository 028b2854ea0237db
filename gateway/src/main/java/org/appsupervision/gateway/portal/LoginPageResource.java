package org.appsupervision.gateway.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.appsupervision.gateway.account.AccountSessions;
import org.appsupervision.gateway.account.LoginRequest;
import org.appsupervision.gateway.account.LoginResource;
import org.appsupervision.gateway.account.LoginService;
import org.appsupervision.gateway.token.TokenIssuer;
import org.appsupervision.gateway.web.CsrfGuard;
import org.appsupervision.portal.Landing;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ReturnPaths;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The portal's login and logout pages; {@code /} leads to the dashboard. */
@Path("/")
@PortalPage(open = true)
@Produces(MediaType.TEXT_HTML)
public class LoginPageResource {

    /** What the login form shows: the name typed, where to go next, a notice or an error, fields missing. */
    public record LoginForm(String username, String returnPath, String notice, String error,
            boolean usernameMissing, boolean passwordMissing) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(LoginForm form);

        static native TemplateInstance logout();
    }

    private final LoginService logins;
    private final AccountSessions sessions;
    private final PortalContext context;
    private final PortalErrors errors;

    public LoginPageResource(LoginService logins, AccountSessions sessions, PortalContext context,
            PortalErrors errors) {
        this.logins = logins;
        this.sessions = sessions;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create(ReturnPaths.HOME)).build();
    }

    @GET
    @Path("login")
    public TemplateInstance loginPage(@RestQuery("return") String returnPath, @RestQuery String reason) {
        PortalMessages m = context.messages();
        String notice = reason == null ? null : switch (reason) {
            case "expired" -> m.session_expired();
            case "ended" -> m.session_ended();
            case "logged-out" -> m.logged_out();
            case "login" -> m.login_needed();
            default -> null;
        };
        return context.page(Templates.login(new LoginForm("", ReturnPaths.safe(returnPath), notice, null, false, false)));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password, @RestForm("return") String returnPath,
            HttpHeaders headers) {
        if (!sameOrigin(headers)) {
            return errors.crossSite();
        }
        String requested = ReturnPaths.safe(returnPath);
        String name = username == null ? "" : username.strip();
        boolean nameMissing = name.isEmpty();
        boolean passwordMissing = password == null || password.isEmpty();
        Optional<TokenIssuer.IssuedToken> token = nameMissing || passwordMissing || name.length() > 100
                || password.length() > 200 ? Optional.empty() : logins.login(new LoginRequest(name, password));
        if (token.isEmpty()) {
            String error = nameMissing || passwordMissing ? null : context.messages().login_failed();
            TemplateInstance page = context.page(Templates.login(
                    new LoginForm(name, requested, null, error, nameMissing, passwordMissing)));
            return Response.status(nameMissing || passwordMissing ? 400 : 401).entity(page)
                    .header("Cache-Control", "no-store").build();
        }
        return Response.seeOther(URI.create(Landing.of(token.get().groups(), requested)))
                .cookie(LoginResource.cookie(token.get().value(), (int) token.get().expiresIn()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("logout")
    public TemplateInstance logoutPage() {
        return context.page(Templates.logout());
    }

    /** Ends this browser's login session (not the account's others) and clears the cookie. */
    @POST
    @Path("logout")
    public Response logout(HttpHeaders headers) {
        if (!sameOrigin(headers)) {
            return errors.crossSite();
        }
        Cookie token = headers.getCookies().get(LoginResource.TOKEN_COOKIE);
        sessions.endSessionOf(token == null ? null : token.getValue());
        return Response.seeOther(URI.create("/login?reason=logged-out"))
                .cookie(LoginResource.cookie("", 0)).header("Cache-Control", "no-store").build();
    }

    private static boolean sameOrigin(HttpHeaders headers) {
        String host = headers.getHeaderString("X-Forwarded-Host");
        return CsrfGuard.sameOrigin(headers.getHeaderString("Sec-Fetch-Site"), headers.getHeaderString("Origin"),
                host != null ? host : headers.getHeaderString("Host"));
    }
}
