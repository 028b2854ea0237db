package org.appsupervision.notice.rectification;

import org.appsupervision.platform.problem.ProblemKind;

/** The problem kinds of recording what a re-check found. */
public final class RectificationProblem {

    /** "Not rectified" is a finding about the deadline, so it waits for the deadline to pass. */
    public static final ProblemKind DEADLINE_NOT_PASSED = new ProblemKind("deadline-not-passed", 409,
            "整改期限未到，尚不能认定未整改 / The rectification deadline has not passed: not rectified cannot be recorded yet");

    private RectificationProblem() {
    }
}
