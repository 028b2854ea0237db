package org.appsupervision.platform.input;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.BlockingOperationSupport;

/**
 * Refuses, before any resource method runs, a request whose path, query, headers or form fields hold
 * text that {@link Text} refuses or percent-escapes that are not valid UTF-8: a 400 problem naming the
 * parameter. JSON bodies are checked as they are read ({@link StrictJsonBodies}).
 */
public class RequestTextCheck {

    /** Before routing: the raw path and query, and every header, as the client sent them. */
    @ServerRequestFilter(preMatching = true, priority = 100)
    public void beforeRouting(HttpServerRequest request) {
        List<Problem.FieldError> malformed = new ArrayList<>();
        List<Problem.FieldError> invalid = new ArrayList<>();
        String pathFault = request.path() == null ? null : PercentEncoded.decode(request.path(), false).fault();
        if (pathFault != null) {
            malformed.add(new Problem.FieldError("path", "The path " + pathFault));
        }
        if (request.query() != null) {
            InputFaults.inEncodedPairs(request.query(), "query parameter", malformed, invalid);
        }
        refuse(malformed, ProblemTypes.MALFORMED, "The request line has escapes that are not UTF-8");
        request.headers().forEach(header -> InputFaults.add(invalid, "header " + header.getKey(), header.getValue()));
        refuse(invalid, ProblemTypes.VALIDATION, null);
    }

    /**
     * After routing, before the form is parsed and the resource method runs: the named path parameters,
     * and the raw fields of a URL-encoded form (read here, checked, and handed on unchanged).
     */
    @ServerRequestFilter(priority = 100)
    public void beforeMethod(ContainerRequestContext request) throws IOException {
        List<Problem.FieldError> invalid = new ArrayList<>();
        request.getUriInfo().getPathParameters(true).forEach((name, values) ->
                values.forEach(value -> InputFaults.add(invalid, name, value)));
        refuse(invalid, ProblemTypes.VALIDATION, null);
        String contentType = request.getHeaderString("Content-Type");
        if (contentType == null || !contentType.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED, 0, 33)
                || !request.hasEntity() || !BlockingOperationSupport.isBlockingAllowed()) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        List<Problem.FieldError> malformed = new ArrayList<>();
        String raw = PercentEncoded.utf8(body);
        if (raw == null) {
            malformed.add(new Problem.FieldError("(form)", "The form body is not UTF-8"));
        } else if (!raw.isEmpty()) {
            InputFaults.inEncodedPairs(raw, "field", malformed, invalid);
        }
        refuse(malformed, ProblemTypes.MALFORMED, "The form has escapes that are not UTF-8");
        refuse(invalid, ProblemTypes.VALIDATION, null);
    }

    private static void refuse(List<Problem.FieldError> errors, ProblemType kind, String detail) {
        if (errors.isEmpty()) {
            return;
        }
        throw new ProblemException(kind, detail != null ? detail
                : errors.size() + " field(s) hold text that is not accepted", errors);
    }
}
