package org.appsupervision.gateway.client;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An error of the token endpoint. The body is a problem document that also carries the
 * {@code error} and {@code error_description} members RFC 6749 section 5.2 requires.
 */
public class OAuthError extends RuntimeException {

    private final int status;
    private final String error;

    public OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Client authentication failed");
    }

    /** Maps the error to its response; the shared input check's refusals at the token endpoint too. */
    public static class Mapper {

        private static final String TOKEN_PATH = "/oauth2/token";
        private final ProblemMappers problems = new ProblemMappers();

        @ServerExceptionMapper(priority = Priorities.USER - 100)
        public Response refused(ProblemException e, UriInfo uri) {
            if (uri == null || !TOKEN_PATH.equals(uri.getPath()) || e.type().status() != 400) {
                return problems.problem(e, uri);
            }
            String fields = e.errors().stream().map(error -> error.field() + ": " + error.message())
                    .collect(Collectors.joining("; "));
            return map(new OAuthError(400, "invalid_request", fields.isEmpty() ? e.getMessage() : fields));
        }

        @ServerExceptionMapper
        public Response map(OAuthError e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "/problems/oauth-" + e.error.replace('_', '-'));
            body.put("title", e.status == 401 ? "客户端认证失败 / Client authentication failed"
                    : "令牌请求无效 / Invalid token request");
            body.put("status", e.status);
            body.put("detail", e.getMessage());
            body.put("error", e.error);
            body.put("error_description", e.getMessage());
            Response.ResponseBuilder response = Response.status(e.status).type("application/problem+json")
                    .header("Cache-Control", "no-store").entity(body);
            if (e.status == 401) {
                response.header("WWW-Authenticate", "Basic realm=\"supervision\"");
            }
            return response.build();
        }
    }
}
