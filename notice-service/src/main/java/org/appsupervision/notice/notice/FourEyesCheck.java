package org.appsupervision.notice.notice;

import java.util.List;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * The four-eyes rule: a notice is approved and published by someone who did not shape its content, neither its
 * drafter nor anyone who edited or re-drafted it.
 */
public final class FourEyesCheck {

    private FourEyesCheck() {
    }

    public static void requireNoAuthor(Notice notice, String approver) {
        requireNoAuthor(notice.id, notice.authors(), approver);
    }

    static void requireNoAuthor(Object noticeId, List<String> authors, String approver) {
        if (authors.contains(approver)) {
            throw new ProblemException(ProblemTypes.FOUR_EYES, "Notice " + noticeId + " was drafted or edited by "
                    + approver + "; someone who did not write it must approve and publish it");
        }
    }
}
