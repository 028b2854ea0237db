package org.appsupervision.portal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.Arrays;
import org.appsupervision.portal.host.LoginSessions;
import org.appsupervision.portal.host.PortalSession;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Runs before every {@link PortalPage}: resolves the session from the login cookie (renewing its token
 * when due), the language from the {@code lang} cookie, then sends the anonymous to the login page with
 * a return path, sends an enterprise or agency asking for the officials' home to its own, and answers a page of
 * another role with 403. Portal pages are never cached.
 */
public class PortalSessionFilter {

    private final LoginSessions sessions;
    private final PortalContext context;
    private final PortalErrors errors;

    public PortalSessionFilter(LoginSessions sessions, PortalContext context, PortalErrors errors) {
        this.sessions = sessions;
        this.context = context;
        this.errors = errors;
    }

    @PortalPage
    @ServerRequestFilter
    public Response enter(ContainerRequestContext request, ResourceInfo resource) {
        PortalPage page = pageOf(resource);
        Cookie token = request.getCookies().get(sessions.cookieName());
        Cookie lang = request.getCookies().get(PortalContext.LANG_COOKIE);
        String path = ReturnPaths.of(request.getUriInfo().getRequestUri());
        PortalSession session = sessions.resolve(token == null ? null : token.getValue(), Instant.now());
        context.enter(session.viewer(), lang == null ? null : lang.getValue(), path, session.renewed());
        if (page.open()) {
            return null;
        }
        if (session.state() != PortalSession.State.ACTIVE) {
            String reason = switch (session.state()) {
                case EXPIRED -> "expired";
                case ENDED -> "ended";
                default -> "login";
            };
            return toLogin(request, reason, path);
        }
        if (page.roles().length > 0 && Arrays.stream(page.roles()).noneMatch(session.viewer()::has)) {
            String landing = Landing.of(session.viewer().roles(), path);
            // The officials' home is where "/" and old bookmarks lead; an enterprise or agency goes to its own.
            return landing.equals(path) ? errors.forbidden() : Response.seeOther(java.net.URI.create(landing)).build();
        }
        return null;
    }

    @PortalPage
    @ServerResponseFilter
    public void leave(ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        if (context.renewed() != null) {
            NewCookie cookie = sessions.cookie(context.renewed().token(), (int) context.renewed().expiresIn());
            response.getHeaders().add("Set-Cookie", cookie);
        }
    }

    private static Response toLogin(ContainerRequestContext request, String reason, String path) {
        var login = UriBuilder.fromPath("/login").queryParam("reason", reason).queryParam("return", path).build();
        if (request.getHeaderString("HX-Request") != null) {
            // htmx follows HX-Redirect with a full page load instead of swapping a login form into a fragment.
            return Response.ok().header("HX-Redirect", login.toString()).build();
        }
        return Response.seeOther(login).build();
    }

    private static PortalPage pageOf(ResourceInfo resource) {
        PortalPage onMethod = resource.getResourceMethod().getAnnotation(PortalPage.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(PortalPage.class);
    }
}
