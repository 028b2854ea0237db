package org.appsupervision.notice.rectification;

import org.appsupervision.platform.problem.ProblemType;

/** The problem kinds of rectification reports and of recording what a re-check found. */
public final class RectificationProblem {

    /** "Not rectified" is a finding about the deadline, so it waits for the deadline to pass. */
    public static final ProblemType DEADLINE_NOT_PASSED = new ProblemType("deadline-not-passed", 409,
            "整改期限未到，尚不能认定未整改 / The rectification deadline has not passed: not rectified cannot be recorded yet");

    /** A rectification is reported (and a re-check asked for) only until the deadline day has ended. */
    public static final ProblemType DEADLINE_PASSED = new ProblemType("deadline-passed", 409,
            "整改期限已过，不能再提交整改报告 / The rectification deadline has passed: no more reports");

    private RectificationProblem() {
    }
}
