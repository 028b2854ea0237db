package org.appsupervision.penalty.procedure;

import static org.appsupervision.penalty.cases.CaseStage.CLOSED;
import static org.appsupervision.penalty.cases.CaseStage.DECIDED;
import static org.appsupervision.penalty.cases.CaseStage.DECISION_PROPOSED;
import static org.appsupervision.penalty.cases.CaseStage.EXECUTION;
import static org.appsupervision.penalty.cases.CaseStage.FILED;
import static org.appsupervision.penalty.cases.CaseStage.HEARING;
import static org.appsupervision.penalty.cases.CaseStage.INVESTIGATION;
import static org.appsupervision.penalty.cases.CaseStage.PRIOR_NOTICE;
import static org.appsupervision.penalty.cases.CaseStage.REVIEW;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;

/**
 * The Administrative Penalty Law procedure as a state machine: each action, the stages it may be
 * taken in, the stage it leads to, and the conditions the law sets on it. Anything else is refused
 * with the reason.
 */
public final class CaseProcedure {

    /** The acts of the procedure. */
    public enum Action {
        START_INVESTIGATION(INVESTIGATION, FILED),
        RECORD_INVESTIGATOR(null, INVESTIGATION),
        FINISH_INVESTIGATION(REVIEW, INVESTIGATION),
        RECORD_LEGAL_REVIEW(null, REVIEW),
        ISSUE_PRIOR_NOTICE(PRIOR_NOTICE, REVIEW),
        RECORD_DEFENCE(null, PRIOR_NOTICE, HEARING),
        REQUEST_HEARING(HEARING, PRIOR_NOTICE),
        SCHEDULE_HEARING(null, HEARING),
        RECORD_HEARING(null, HEARING),
        PROPOSE_DECISION(DECISION_PROPOSED, PRIOR_NOTICE, HEARING),
        APPROVE_DECISION(DECIDED, DECISION_PROPOSED),
        SERVE_DECISION(EXECUTION, DECIDED),
        PUBLISH_DECISION(null, EXECUTION, CLOSED),
        RECORD_PAYMENT(null, EXECUTION),
        EXTEND_DECISION_DEADLINE(null, FILED, INVESTIGATION, REVIEW, PRIOR_NOTICE, HEARING),
        CLOSE_WITHOUT_PENALTY(CLOSED, FILED, INVESTIGATION, REVIEW),
        CLOSE_EXECUTED(CLOSED, EXECUTION);

        private final CaseStage target;
        private final Set<CaseStage> from;

        Action(CaseStage target, CaseStage... from) {
            this.target = target;
            this.from = EnumSet.copyOf(Arrays.asList(from));
        }

        public Set<CaseStage> from() {
            return from;
        }
    }

    private CaseProcedure() {
    }

    /** The stage the case is in after {@code action}, or a refusal saying why the law does not allow it now. */
    public static CaseStage next(PenaltyCase c, Action action) {
        if (!action.from.contains(c.stage)) {
            throw refused(stageReason(c.stage, action));
        }
        condition(c, action).ifPresent(reason -> {
            throw refused(reason);
        });
        return action.target == null ? c.stage : action.target;
    }

    private static String stageReason(CaseStage stage, Action action) {
        if (action == Action.PROPOSE_DECISION && EnumSet.of(FILED, INVESTIGATION, REVIEW).contains(stage)) {
            return "No decision before the prior notice: the party must first be told the intended penalty and of the"
                    + " rights to state, defend and ask for a hearing (行政处罚法第四十四条、第六十二条); the case is in " + stage;
        }
        return action + " is not allowed in stage " + stage + "; it is allowed in " + action.from;
    }

    private static Optional<String> condition(PenaltyCase c, Action action) {
        return switch (action) {
            case FINISH_INVESTIGATION -> Arrays.stream(c.investigators).distinct().count() < 2
                    ? Optional.of("An investigation needs at least two officers recorded (行政处罚法第四十二条); recorded: "
                            + Arrays.toString(c.investigators))
                    : Optional.empty();
            case ISSUE_PRIOR_NOTICE -> c.serious && c.legalReviewBy == null
                    ? Optional.of("A serious case needs the legal review (法制审核, 行政处罚法第五十八条) before the prior notice")
                    : Optional.empty();
            case RECORD_LEGAL_REVIEW -> c.legalReviewBy != null
                    ? Optional.of("The legal review was already recorded by " + c.legalReviewBy) : Optional.empty();
            case REQUEST_HEARING -> c.hearingRequestedOn != null
                    ? Optional.of("A hearing was already requested on " + c.hearingRequestedOn) : Optional.empty();
            case SCHEDULE_HEARING -> c.hearingRecord != null
                    ? Optional.of("The hearing was already held on " + c.hearingOn) : Optional.empty();
            case RECORD_HEARING -> c.hearingOn == null
                    ? Optional.of("No hearing is scheduled") : c.hearingRecord != null
                    ? Optional.of("The hearing was already recorded") : Optional.empty();
            case PROPOSE_DECISION -> c.stage == HEARING && c.hearingRecord == null
                    ? Optional.of("The party asked for a hearing: hold and record it before the decision (行政处罚法第六十三条)")
                    : Optional.empty();
            case PUBLISH_DECISION -> c.publishedOn != null
                    ? Optional.of("The decision was already published on " + c.publishedOn) : Optional.empty();
            case EXTEND_DECISION_DEADLINE -> c.decisionExtension != null
                    ? Optional.of("The decision time limit was already extended: " + c.decisionExtension) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static PenaltyProblemException refused(String reason) {
        return new PenaltyProblemException(PenaltyProblem.ILLEGAL_TRANSITION, reason);
    }
}
