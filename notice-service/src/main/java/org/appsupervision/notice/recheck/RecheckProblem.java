package org.appsupervision.notice.recheck;

import org.appsupervision.platform.problem.ProblemType;

/** The problem kinds of opening re-checks. */
public final class RecheckProblem {

    /** A re-check is opened (like a report is taken) only until the deadline day has ended. */
    public static final ProblemType DEADLINE_PASSED = new ProblemType("recheck-deadline-passed", 409,
            "整改期限已过，不能再开启复检 / The rectification deadline has passed: no re-check can be opened");

    private RecheckProblem() {
    }
}
