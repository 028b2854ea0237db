package org.appsupervision.portal.penalty;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.api.penalty.PenaltyCase;

/** The records the case pages show, read from penalty-service's answers. */
public final class PenaltyViews {

    private PenaltyViews() {
    }

    /** A case in the list: number, party, stage, its next open deadline and whether one is overdue. */
    public record CaseLine(UUID id, String caseNumber, String bureauName, String subjectName, String stage,
            String stageLabel, LocalDate filedOn, Deadline next, boolean overdue) {
    }

    /** The cases of one stage. */
    public record StageGroup(String stage, String label, List<CaseLine> cases) {
    }

    /** The list page: the stages with their cases, the stage filter, and what the service said. */
    public record CaseList(List<StageGroup> stages, String stage, int total, int overdue, String problem) {
    }

    /** A statutory time limit with how it was computed. */
    public record Deadline(String kind, LocalDate fromDate, int days, String rule, LocalDate dueDate, String explanation,
            String legalRule, String status, LocalDate metOn, boolean overdue) {

        static Deadline of(PenaltyCase.Deadline d) {
            return new Deadline(d.kind(), d.fromDate(), d.days(), d.rule(), d.dueDate(), d.explanation(), d.legalRule(),
                    d.status(), d.metOn(), d.overdue());
        }

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** One recorded step of the procedure. */
    public record Step(String action, String fromStage, String toStage, String actor, Instant at, String note) {
    }

    /** A legal basis and its caps for this case's seriousness, as the decision form shows them. */
    @TemplateData
    public record Cap(String code, String citation, boolean verified, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<String> penalties, BigDecimal fineCap, BigDecimal turnoverPercent, BigDecimal gainsMultipleMin,
            BigDecimal gainsMultipleMax, BigDecimal personMin, BigDecimal personMax) {
    }

    /** The case page: the case, its deadlines and steps, the caps, the steps offered, and a refused step's problem. */
    @TemplateData
    public record CasePage(UUID id, PenaltyCase c, String stageLabel, List<Deadline> deadlines, List<Step> history,
            List<Cap> caps, List<String> steps, boolean acts, String problem, String failedStep,
            Map<String, String> fieldErrors, Map<String, String> entered, String done) {

        public String value(String field) {
            return entered.getOrDefault(field, "");
        }

        public String fieldError(String field) {
            return fieldErrors.get(field);
        }

        public boolean offers(String step) {
            return acts && steps.contains(step);
        }

        public boolean failed(String step) {
            return step.equals(failedStep);
        }

        /** An HTML id for a step's form ({@code decision/approval} has a slash). */
        public String domId(String step) {
            return step.replace('/', '-');
        }

        /** The legal basis the penalty forms preselect: what the officer chose before, else the prior notice's. */
        public String selectedBasis() {
            String chosen = entered.get("legalBasis");
            return chosen != null && !chosen.isBlank() ? chosen : c.priorNoticeBasis() == null ? "" : c.priorNoticeBasis();
        }

        public boolean serious() {
            return c.serious();
        }
    }
}
