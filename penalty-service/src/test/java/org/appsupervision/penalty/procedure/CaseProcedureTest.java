package org.appsupervision.penalty.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.procedure.CaseProcedure.Action;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseProcedureTest {

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(CaseStage.FILED, Action.START_INVESTIGATION, none(), CaseStage.INVESTIGATION),
                Arguments.of(CaseStage.INVESTIGATION, Action.FINISH_INVESTIGATION, twoOfficers(), CaseStage.REVIEW),
                Arguments.of(CaseStage.REVIEW, Action.ISSUE_PRIOR_NOTICE, none(), CaseStage.PRIOR_NOTICE),
                Arguments.of(CaseStage.REVIEW, Action.ISSUE_PRIOR_NOTICE, seriousReviewed(), CaseStage.PRIOR_NOTICE),
                Arguments.of(CaseStage.PRIOR_NOTICE, Action.RECORD_DEFENCE, none(), CaseStage.PRIOR_NOTICE),
                Arguments.of(CaseStage.PRIOR_NOTICE, Action.REQUEST_HEARING, none(), CaseStage.HEARING),
                Arguments.of(CaseStage.PRIOR_NOTICE, Action.PROPOSE_DECISION, none(), CaseStage.DECISION_PROPOSED),
                Arguments.of(CaseStage.HEARING, Action.PROPOSE_DECISION, heard(), CaseStage.DECISION_PROPOSED),
                Arguments.of(CaseStage.DECISION_PROPOSED, Action.APPROVE_DECISION, none(), CaseStage.DECIDED),
                Arguments.of(CaseStage.DECIDED, Action.SERVE_DECISION, none(), CaseStage.EXECUTION),
                Arguments.of(CaseStage.EXECUTION, Action.PUBLISH_DECISION, none(), CaseStage.EXECUTION),
                Arguments.of(CaseStage.EXECUTION, Action.CLOSE_EXECUTED, none(), CaseStage.CLOSED),
                Arguments.of(CaseStage.REVIEW, Action.CLOSE_WITHOUT_PENALTY, none(), CaseStage.CLOSED));
    }

    @ParameterizedTest(name = "{1} in {0} → {3}")
    @MethodSource("allowed")
    void allowsTheTransitionsTheLawProvides(CaseStage stage, Action action, Consumer<PenaltyCase> facts, CaseStage next) {
        assertEquals(next, CaseProcedure.next(caseIn(stage, facts), action));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(CaseStage.FILED, Action.PROPOSE_DECISION, none(), "No decision before the prior notice"),
                Arguments.of(CaseStage.INVESTIGATION, Action.PROPOSE_DECISION, none(), "No decision before the prior notice"),
                Arguments.of(CaseStage.REVIEW, Action.PROPOSE_DECISION, none(), "No decision before the prior notice"),
                Arguments.of(CaseStage.INVESTIGATION, Action.FINISH_INVESTIGATION, oneOfficer(), "at least two officers"),
                Arguments.of(CaseStage.INVESTIGATION, Action.FINISH_INVESTIGATION, none(), "at least two officers"),
                Arguments.of(CaseStage.REVIEW, Action.ISSUE_PRIOR_NOTICE, serious(), "legal review"),
                Arguments.of(CaseStage.FILED, Action.ISSUE_PRIOR_NOTICE, none(), "not allowed in stage FILED"),
                Arguments.of(CaseStage.FILED, Action.REQUEST_HEARING, none(), "not allowed in stage FILED"),
                Arguments.of(CaseStage.HEARING, Action.PROPOSE_DECISION, none(), "hold and record it"),
                Arguments.of(CaseStage.HEARING, Action.RECORD_HEARING, none(), "No hearing is scheduled"),
                Arguments.of(CaseStage.PRIOR_NOTICE, Action.APPROVE_DECISION, none(), "not allowed in stage PRIOR_NOTICE"),
                Arguments.of(CaseStage.DECISION_PROPOSED, Action.SERVE_DECISION, none(), "not allowed"),
                Arguments.of(CaseStage.DECIDED, Action.PUBLISH_DECISION, none(), "not allowed"),
                Arguments.of(CaseStage.PRIOR_NOTICE, Action.CLOSE_WITHOUT_PENALTY, none(), "not allowed"),
                Arguments.of(CaseStage.DECIDED, Action.CLOSE_EXECUTED, none(), "not allowed"),
                Arguments.of(CaseStage.EXECUTION, Action.PUBLISH_DECISION, published(), "already published"),
                Arguments.of(CaseStage.DECIDED, Action.EXTEND_DECISION_DEADLINE, none(), "not allowed"));
    }

    @ParameterizedTest(name = "{1} in {0}: {3}")
    @MethodSource("refused")
    void refusesIllegalTransitionsSayingWhy(CaseStage stage, Action action, Consumer<PenaltyCase> facts, String why) {
        PenaltyProblemException refusal = assertThrows(PenaltyProblemException.class,
                () -> CaseProcedure.next(caseIn(stage, facts), action));
        assertEquals(PenaltyProblem.ILLEGAL_TRANSITION, refusal.problem());
        assertTrue(refusal.getMessage().contains(why), refusal.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void nothingHappensToAClosedCaseButPublication(Action action) {
        if (action == Action.PUBLISH_DECISION) {
            assertEquals(CaseStage.CLOSED, CaseProcedure.next(caseIn(CaseStage.CLOSED, none()), action));
        } else {
            assertThrows(PenaltyProblemException.class, () -> CaseProcedure.next(caseIn(CaseStage.CLOSED, none()), action));
        }
    }

    private static PenaltyCase caseIn(CaseStage stage, Consumer<PenaltyCase> facts) {
        PenaltyCase c = new PenaltyCase();
        c.stage = stage;
        facts.accept(c);
        return c;
    }

    private static Consumer<PenaltyCase> none() {
        return c -> { };
    }

    private static Consumer<PenaltyCase> oneOfficer() {
        return c -> c.investigators = new String[] {"li.gd"};
    }

    private static Consumer<PenaltyCase> twoOfficers() {
        return c -> c.investigators = new String[] {"li.gd", "chen.gd"};
    }

    private static Consumer<PenaltyCase> serious() {
        return c -> c.serious = true;
    }

    private static Consumer<PenaltyCase> seriousReviewed() {
        return c -> {
            c.serious = true;
            c.legalReviewBy = "fa.gd";
        };
    }

    private static Consumer<PenaltyCase> heard() {
        return c -> {
            c.hearingOn = LocalDate.of(2026, 3, 2);
            c.hearingRecord = "held";
        };
    }

    private static Consumer<PenaltyCase> published() {
        return c -> c.publishedOn = LocalDate.of(2026, 3, 2);
    }
}
