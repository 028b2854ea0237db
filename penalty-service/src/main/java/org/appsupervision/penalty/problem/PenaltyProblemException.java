package org.appsupervision.penalty.problem;

import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;

/** Refuses a step of a penalty case with the reason in words; the transaction rolls back, nothing is written. */
public class PenaltyProblemException extends ProblemException {

    public PenaltyProblemException(ProblemType problem, String detail) {
        super(problem, detail);
    }

    public ProblemType problem() {
        return type();
    }
}
