package org.appsupervision.platform.problem;

import java.util.List;

/** Thrown by services to answer with a problem response; never carries a stack trace to the client. */
public class ProblemException extends RuntimeException {

    private final ProblemKind type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemKind type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemKind type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", errors);
    }

    public ProblemKind type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
