package org.appsupervision.platform.input;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemKind;
import org.appsupervision.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

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
        refuse(malformed, ProblemType.MALFORMED, "The request line has escapes that are not UTF-8");
        request.headers().forEach(header -> InputFaults.add(invalid, "header " + header.getKey(), header.getValue()));
        refuse(invalid, ProblemType.VALIDATION, null);
    }

    /** After routing, before the resource method: the named path parameters and the fields of a form. */
    @ServerRequestFilter(priority = 100, readBody = true)
    public void beforeMethod(ContainerRequestContext request) {
        List<Problem.FieldError> invalid = new ArrayList<>();
        request.getUriInfo().getPathParameters(true).forEach((name, values) ->
                values.forEach(value -> InputFaults.add(invalid, name, value)));
        refuse(invalid, ProblemType.VALIDATION, null);
        FormData form = formOf(request);
        if (form == null) {
            return;
        }
        String contentType = request.getHeaderString("Content-Type");
        boolean encoded = contentType != null
                && contentType.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED, 0, 33);
        List<Problem.FieldError> malformed = new ArrayList<>();
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    invalid.addAll(encoded ? InputFaults.inEncodedPair(name, value.getValue(), "field", malformed)
                            : InputFaults.of(name, value.getValue()));
                }
            }
        }
        refuse(malformed, ProblemType.MALFORMED, "The form has escapes that are not UTF-8");
        refuse(invalid, ProblemType.VALIDATION, null);
    }

    private static FormData formOf(ContainerRequestContext request) {
        if (request instanceof ResteasyReactiveContainerRequestContext reactive
                && reactive.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            return context.getFormData();
        }
        return null;
    }

    private static void refuse(List<Problem.FieldError> errors, ProblemKind kind, String detail) {
        if (errors.isEmpty()) {
            return;
        }
        throw new ProblemException(kind, detail != null ? detail
                : errors.size() + " field(s) hold text that is not accepted", errors);
    }
}
