package org.appsupervision.platform.problem;

import java.util.List;

/** Thrown by services to answer with a problem response; never carries a stack trace to the client. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final java.time.Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors,
            java.time.Duration retryAfter) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** A 429 that tells the client, in {@code Retry-After}, when asking again can succeed (at least one second). */
    public static ProblemException tooManyRequests(String detail, java.time.Duration retryAfter) {
        return new ProblemException(ProblemTypes.TOO_MANY_REQUESTS, detail, List.of(),
                retryAfter.compareTo(java.time.Duration.ofSeconds(1)) < 0 ? java.time.Duration.ofSeconds(1) : retryAfter);
    }

    /** When the client may ask again, for a {@code Retry-After} header; empty when the problem does not say. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemTypes.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemTypes.CONFLICT, detail);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemTypes.VALIDATION, errors.size() + " field(s) are invalid", errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
