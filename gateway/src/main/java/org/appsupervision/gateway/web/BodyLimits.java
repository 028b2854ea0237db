package org.appsupervision.gateway.web;

import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.routing.ServiceRoutes;

/**
 * How large a request body may be on each route: small for the credential endpoints and the gateway's own
 * endpoints (read whole), moderate for the JSON APIs of the services (streamed on), large only for the upload
 * routes with an upload media type (streamed on, or spooled to disk by the portal's import form).
 */
@ApplicationScoped
public class BodyLimits {

    /** Which of the limits applies. */
    public enum Kind { CREDENTIALS, GATEWAY, API, UPLOAD }

    /** The limit of one request, and whether its body is streamed on to a service (else the gateway reads it). */
    public record Limit(Kind kind, long bytes, boolean streamed) {
    }

    /** The public page that takes a PDF to verify (read whole, up to its own limit). */
    private static final String VERIFICATION_PAGE = "/verify";
    /** The enterprise's registration, through the API and through the portal's page (read whole, with its letter). */
    public static final List<String> REGISTRATION_PATHS = List.of("/auth/registrations", "/register");
    /** The portal forms that take evidence files (a rectification report, an agency's re-check result): as large. */
    private static final Pattern EVIDENCE_PAGES = Pattern.compile("/portal/(enterprise/reports/new|agency/tasks/[^/]+)");
    /** Complaints from the public: the API (streamed to notice-service) and the portal's form (read whole). */
    public static final List<String> COMPLAINT_PATHS = List.of("/api/public/complaints", "/complaints/new");
    private static final String COMPLAINT_FORM = "/complaints/new";
    private static final List<String> CREDENTIAL_PATHS = List.of("/login", "/logout", "/oauth2/token");

    private final GatewayConfig.Routes routes;
    private final List<String> servicePrefixes;
    private final List<UploadRoute> uploads;

    /** One upload route: its method and its path with {@code *} for one segment. */
    private record UploadRoute(HttpMethod method, Pattern path) {
        static UploadRoute parse(String route) {
            String[] parts = route.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("An upload route is 'METHOD /path': " + route);
            }
            StringBuilder regex = new StringBuilder();
            for (String segment : parts[1].substring(1).split("/", -1)) {
                regex.append('/').append(segment.equals("*") ? "[^/]+" : Pattern.quote(segment));
            }
            return new UploadRoute(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), Pattern.compile(regex.toString()));
        }
    }

    public BodyLimits(GatewayConfig config) {
        this.routes = config.routes();
        this.servicePrefixes = ServiceRoutes.routes(routes).stream().map(ServiceRoutes.Route::prefix).toList();
        this.uploads = routes.uploadRoutes().stream().map(UploadRoute::parse).toList();
    }

    /** The limit for a request with this method, normalized path and {@code Content-Type} (may be null). */
    public Limit of(HttpMethod method, String path, String contentType) {
        boolean streamed = routedToService(path);
        if (isUpload(method, path, contentType)) {
            return new Limit(Kind.UPLOAD, routes.maxUploadBytes(), streamed);
        }
        if (streamed) {
            return new Limit(Kind.API, routes.maxBodyBytes(), true);
        }
        if (method.equals(HttpMethod.POST) && (path.equals(VERIFICATION_PAGE) || EVIDENCE_PAGES.matcher(path).matches())) {
            return new Limit(Kind.GATEWAY, routes.maxVerificationBodyBytes(), false);
        }
        if (method.equals(HttpMethod.POST) && path.equals(COMPLAINT_FORM)) {
            return new Limit(Kind.GATEWAY, routes.maxComplaintFormBytes(), false);
        }
        if (method.equals(HttpMethod.POST) && REGISTRATION_PATHS.contains(path)) {
            return new Limit(Kind.GATEWAY, routes.maxRegistrationBodyBytes(), false);
        }
        if (path.startsWith("/auth/") || CREDENTIAL_PATHS.contains(path)) {
            return new Limit(Kind.CREDENTIALS, routes.maxCredentialsBodyBytes(), false);
        }
        return new Limit(Kind.GATEWAY, routes.maxGatewayBodyBytes(), false);
    }

    /** Whether a service's route takes this path (runs twice on every request: a loop, no stream or concatenation). */
    private boolean routedToService(String path) {
        for (String prefix : servicePrefixes) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private boolean isUpload(HttpMethod method, String path, String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return routes.uploadMediaTypes().contains(mediaType)
                && uploads.stream().anyMatch(route -> route.method().equals(method) && route.path().matcher(path).matches());
    }

    /** The 413 problem's detail. */
    public static String detail(Limit limit) {
        return "The body exceeds " + limit.bytes() + " bytes, the most this route takes";
    }
}
