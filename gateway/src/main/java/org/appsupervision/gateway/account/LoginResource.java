package org.appsupervision.gateway.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.appsupervision.gateway.token.TokenIssuer;
import org.appsupervision.gateway.token.TokenResponse;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Officials log in with a password (the token comes back in the body and in an HttpOnly cookie),
 * change their password (which ends all their sessions), and log out (which ends this one).
 */
@Path("/auth")
public class LoginResource {

    public static final String TOKEN_COOKIE = "supervision_token";

    private final LoginService logins;
    private final AccountService accounts;
    private final AccountSessions sessions;
    private final JsonWebToken caller;

    public LoginResource(LoginService logins, AccountService accounts, AccountSessions sessions,
            JsonWebToken caller) {
        this.logins = logins;
        this.accounts = accounts;
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Path("/login")
    public Response login(@NotNull @Valid LoginRequest request) {
        TokenIssuer.IssuedToken token = logins.login(request).orElseThrow(() -> new ProblemException(
                ProblemTypes.UNAUTHENTICATED, "用户名或密码错误 / Wrong username or password"));
        return Response.ok(TokenResponse.of(token))
                .cookie(cookie(token.value(), (int) token.expiresIn()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Changes the caller's password; every session of the account ends, this one too, so the cookie is cleared. */
    @POST
    @Path("/password")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN, Roles.OPERATOR,
            Roles.AGENCY})
    public Response changePassword(@NotNull @Valid PasswordChange change) {
        accounts.changePassword(caller.getSubject(), change);
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    /**
     * Ends the login session of the token sent (the login cookie, else the bearer token) and clears the cookie;
     * the account's other sessions (other browsers, other logins) stay open.
     */
    @POST
    @Path("/logout")
    public Response logout(@CookieParam(TOKEN_COOKIE) String cookieToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        sessions.endSessionOf(cookieToken != null && !cookieToken.isBlank() ? cookieToken : bearer(authorization));
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }

    /** The login cookie (HttpOnly, Secure, SameSite=Strict); an empty value with max-age 0 clears it. */
    public static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(TOKEN_COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
