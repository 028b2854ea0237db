package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/** A penalty case as the officers' pages show it: party, stage, filing, prior notice, decision and time limits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PenaltyCase(UUID id, String caseNumber, String bureauName, String subjectName, String subjectCode,
        String facts, String stage, boolean serious, LocalDate filedOn, String filedBy,
        @MayBeNull LocalDate priorNoticeOn, @MayBeNull String priorNoticeBasis, @MayBeNull String decisionNumber, @MayBeNull BigDecimal totalFine,
        List<Deadline> deadlines) {

    /** A statutory time limit with how it was computed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(String kind, LocalDate fromDate, int days, String rule, LocalDate dueDate,
            String explanation, @MayBeNull String legalRule, String status, @MayBeNull LocalDate metOn,
            boolean overdue) {
    }
}
