package org.appsupervision.penalty.problem;

/** Refuses a step of a penalty case with the reason in words; the transaction rolls back, nothing is written. */
public class PenaltyProblemException extends RuntimeException {

    private final PenaltyProblem problem;

    public PenaltyProblemException(PenaltyProblem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    public PenaltyProblem problem() {
        return problem;
    }
}
