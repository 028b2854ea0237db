package org.appsupervision.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appsupervision.platform.TransientFailures;
import org.appsupervision.platform.input.UnacceptableTextException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem response. Details name fields, never Java classes,
 * and unexpected failures are logged with an id that the response carries instead of a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.type(), e.getMessage(), e.errors(), uri);
        return e.retryAfter().map(wait -> Response.fromResponse(response)
                .header("Retry-After", Long.toString(wait.toSeconds())).build()).orElse(response);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(ProblemTypes.VALIDATION, errors.size() + " field(s) are invalid", errors, uri);
    }

    @ServerExceptionMapper(value = {JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, JsonParseException.class}, priority = 1)
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String where = BodyFaults.where(e);
        if (e instanceof UnacceptableTextException text) {
            String field = where == null ? "(body)" : where;
            return respond(ProblemTypes.VALIDATION, "The body holds text that is not accepted at '" + field + "'",
                    List.of(new Problem.FieldError(field, "The value " + text.reason())), uri);
        }
        String detail = where == null
                ? "The body is not valid JSON"
                : "The body has a value of the wrong type or format at '" + where + "'";
        List<Problem.FieldError> errors = where == null ? List.of()
                : List.of(new Problem.FieldError(where, BodyFaults.why(e)));
        return respond(ProblemTypes.MALFORMED, detail, errors, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemTypes.UNAUTHENTICATED,
                "A valid bearer token is required", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemTypes.FORBIDDEN, "Your role does not allow this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            // A parameter converter's refusal, which the framework wraps in a 404 or 400.
            return problem(problem, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // The body reader wraps some of the parser's own failures (a number out of range, a field twice).
            return malformed(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemTypes.forStatus(status);
        String detail = status == 400 ? "The request could not be read: the body is not valid JSON for this operation"
                : type.title();
        return respond(type, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), TransientFailures.rootMessage(e));
            return Response.fromResponse(respond(ProblemTypes.UNAVAILABLE,
                    "The database is unavailable; nothing was written. Retry shortly.", List.of(), uri))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        if (clientWentAway(e)) {
            LOG.warnf("The client closed the connection before its request was read on %s",
                    uri == null ? "?" : uri.getPath());
            return respond(ProblemTypes.forStatus(400), "The request body broke off before its end; nothing was written",
                    List.of(), uri);
        }
        String errorId = UUID.randomUUID().toString();
        if (integrityViolation(e)) {
            // The database refused the write (a unique key, a foreign key, a check, a trigger's rule): nothing was
            // written, and what the client asked for conflicts with the data. A code path that should have said so
            // itself is still a defect, so it is logged with the error id; the client gets a 409, not a 500.
            LOG.errorf("Write refused by the database %s on %s: %s", errorId, uri == null ? "?" : uri.getPath(),
                    TransientFailures.rootMessage(e));
            return respond(ProblemTypes.CONFLICT, "The database refused the change as it conflicts with the data "
                    + "already stored; nothing was written (error id " + errorId + ")", List.of(), uri);
        }
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(ProblemTypes.INTERNAL, "Unexpected failure; quote error id " + errorId, List.of(), uri);
    }

    /**
     * Whether PostgreSQL refused the statement for the data's integrity: SQL state class 23 (unique, foreign key,
     * check, not-null, exclusion) or an exception a trigger raised to keep a record immutable (P0001).
     */
    static boolean integrityViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().equals("P0001"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is a client that closed its connection mid-request (not the server's fault). */
    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException
                    || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getPath(), errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "draft.arg0.apps[0].packageName": drop the method and parameter segments.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
