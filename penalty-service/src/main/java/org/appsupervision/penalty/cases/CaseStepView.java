package org.appsupervision.penalty.cases;

import java.time.Instant;

/** One recorded step of a case's procedure. */
public record CaseStepView(String action, CaseStage fromStage, CaseStage toStage, String actor, Instant at, String note) {

    static CaseStepView of(CaseStep s) {
        return new CaseStepView(s.action, s.fromStage, s.toStage, s.actor, s.at, s.note);
    }
}
