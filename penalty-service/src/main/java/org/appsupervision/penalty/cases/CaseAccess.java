package org.appsupervision.penalty.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Finds a case for a reader or an acting officer (another bureau's case answers like a missing
 * one) and records each step of the procedure.
 */
@ApplicationScoped
public class CaseAccess {

    private final CaseRepository cases;
    private final CaseStepRepository steps;

    public CaseAccess(CaseRepository cases, CaseStepRepository steps) {
        this.cases = cases;
        this.steps = steps;
    }

    public PenaltyCase forReading(UUID id, BureauScope scope) {
        return cases.findFor(id, scope.provinceCode()).orElseThrow(() -> ProblemException.notFound("Case", id));
    }

    public PenaltyCase forActing(UUID id, Officer officer) {
        return cases.findForUpdate(id, officer.provinceCode()).orElseThrow(() -> ProblemException.notFound("Case", id));
    }

    /** Records the filing, the first step of every case. */
    public void recordFiling(PenaltyCase c, String actor, String note) {
        append(c, "FILE", null, CaseStage.FILED, actor, note);
    }

    /** Appends a step to the case's record and moves it to {@code to}. */
    public void record(PenaltyCase c, String action, CaseStage to, String actor, String note) {
        append(c, action, c.stage, to, actor, note);
        c.stage = to;
    }

    private void append(PenaltyCase c, String action, CaseStage from, CaseStage to, String actor, String note) {
        CaseStep step = new CaseStep();
        step.caseId = c.id;
        step.action = action;
        step.fromStage = from;
        step.toStage = to;
        step.actor = actor;
        step.at = Instant.now();
        step.note = note;
        steps.persist(step);
    }
}
