package org.appsupervision.penalty.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.appsupervision.penalty.cases.CaseAccess;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.CaseView;
import org.appsupervision.penalty.cases.CaseViews;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.deadline.CaseDeadline;
import org.appsupervision.penalty.deadline.DeadlineBook;
import org.appsupervision.penalty.deadline.DeadlineKind;
import org.appsupervision.penalty.procedure.CaseProcedure.Action;
import org.appsupervision.penalty.procedure.ProcedureRequests.Dated;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;

/** The hearing (听证), held only when the party asks for it in time, notified seven working days ahead. */
@ApplicationScoped
public class HearingService {

    private final CaseAccess access;
    private final CaseViews views;
    private final CaseClock clock;
    private final DeadlineBook deadlines;

    public HearingService(CaseAccess access, CaseViews views, CaseClock clock, DeadlineBook deadlines) {
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** The party asks for a hearing; only within five working days of the prior notice. */
    @Transactional
    public CaseView requestHearing(UUID id, Officer officer, Dated request) {
        PenaltyCase c = access.forActing(id, officer);
        LocalDate on = clock.dayOf("on", request.on(), c.priorNoticeOn, "prior notice");
        CaseStage to = CaseProcedure.next(c, Action.REQUEST_HEARING);
        LocalDate due = deadlines.preview(DeadlineKind.HEARING_REQUEST, c.priorNoticeOn).date();
        if (on.isAfter(due)) {
            throw new PenaltyProblemException(PenaltyProblem.DEADLINE_PASSED,
                    "A hearing must be requested by " + due + " (5 working days after the prior notice of "
                            + c.priorNoticeOn + "); requested " + on);
        }
        c.hearingRequestedOn = on;
        deadlines.meet(c.id, DeadlineKind.HEARING_REQUEST, on);
        step(c, Action.REQUEST_HEARING, to, officer, null);
        return views.of(c);
    }

    /** Sets the hearing; the party must be notified at least seven working days before it. */
    @Transactional
    public CaseView scheduleHearing(UUID id, Officer officer, ProcedureRequests.HearingSchedule request) {
        PenaltyCase c = access.forActing(id, officer);
        LocalDate noticeOn = clock.dayOf("noticeOn", request.noticeOn(), c.hearingRequestedOn, "hearing request");
        CaseStage to = CaseProcedure.next(c, Action.SCHEDULE_HEARING);
        CaseDeadline earliest = deadlines.start(c.id, DeadlineKind.HEARING_NOTICE, noticeOn);
        if (request.hearingOn().isBefore(earliest.dueDate)) {
            throw new PenaltyProblemException(PenaltyProblem.DEADLINE_PASSED, "A hearing notified on " + noticeOn
                    + " cannot be held before " + earliest.dueDate + " (" + earliest.explanation + ")");
        }
        deadlines.meet(c.id, DeadlineKind.HEARING_NOTICE, noticeOn);
        c.hearingNoticeOn = noticeOn;
        c.hearingOn = request.hearingOn();
        step(c, Action.SCHEDULE_HEARING, to, officer, "hearing on " + c.hearingOn);
        return views.of(c);
    }

    @Transactional
    public CaseView recordHearing(UUID id, Officer officer, ProcedureRequests.HearingRecord request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.RECORD_HEARING);
        clock.dayOf("on", request.on(), c.hearingOn, "hearing day");
        c.hearingRecord = request.record();
        step(c, Action.RECORD_HEARING, to, officer, null);
        return views.of(c);
    }

    private void step(PenaltyCase c, Action action, CaseStage to, Officer officer, String note) {
        access.record(c, action.name(), to, officer.name(), note);
    }
}
