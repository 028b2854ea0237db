package org.appsupervision.notice.notice;

import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;

/** The four-eyes rule: a notice is approved by someone other than the official who drafted it. */
public final class FourEyesCheck {

    private FourEyesCheck() {
    }

    public static void requireOtherThanDrafter(Notice notice, String approver) {
        if (notice.draftedBy.equals(approver)) {
            throw new ProblemException(ProblemType.FOUR_EYES,
                    "Notice " + notice.id + " was drafted by " + approver + "; another approver must approve it");
        }
    }
}
