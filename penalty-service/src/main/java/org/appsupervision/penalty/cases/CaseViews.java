package org.appsupervision.penalty.cases;

import jakarta.enterprise.context.ApplicationScoped;
import org.appsupervision.penalty.bureau.BureauRepository;
import org.appsupervision.penalty.deadline.CaseDeadlineRepository;

/** Assembles a case's view from the case, its penalties and its time limits. */
@ApplicationScoped
public class CaseViews {

    private final CasePenaltyRepository penalties;
    private final CaseDeadlineRepository deadlines;
    private final BureauRepository bureaus;
    private final CaseClock clock;

    public CaseViews(CasePenaltyRepository penalties, CaseDeadlineRepository deadlines, BureauRepository bureaus,
            CaseClock clock) {
        this.penalties = penalties;
        this.deadlines = deadlines;
        this.bureaus = bureaus;
        this.clock = clock;
    }

    public CaseView of(PenaltyCase c) {
        return CaseMapper.toView(c, bureaus.findById(c.bureauProvinceCode),
                penalties.of(c.id, CasePenalty.Phase.PRIOR_NOTICE), penalties.of(c.id, CasePenalty.Phase.DECISION),
                deadlines.ofCase(c.id), clock.today());
    }
}
