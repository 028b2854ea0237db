package org.appsupervision.penalty.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/** The bureaus' calendar day (China Standard Time) and the dates officers give for their acts. */
@ApplicationScoped
public class CaseClock {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock = Clock.system(CHINA);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The day an act happened: the given one (an act recorded after the fact) or today; never in the
     * future and never before the step it follows.
     */
    public LocalDate dayOf(String field, LocalDate given, LocalDate notBefore, String previousStep) {
        LocalDate day = given == null ? today() : given;
        if (day.isAfter(today())) {
            throw ProblemException.invalid(List.of(new Problem.FieldError(field, "must not be in the future")));
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new PenaltyProblemException(PenaltyProblem.ILLEGAL_TRANSITION,
                    field + " " + day + " is before the " + previousStep + " on " + notBefore);
        }
        return day;
    }
}
