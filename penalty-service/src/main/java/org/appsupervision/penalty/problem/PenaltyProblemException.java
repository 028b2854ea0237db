package org.appsupervision.penalty.problem;

import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemKind;

/** Refuses a step of a penalty case with the reason in words; the transaction rolls back, nothing is written. */
public class PenaltyProblemException extends ProblemException {

    public PenaltyProblemException(ProblemKind problem, String detail) {
        super(problem, detail);
    }

    public ProblemKind problem() {
        return type();
    }
}
