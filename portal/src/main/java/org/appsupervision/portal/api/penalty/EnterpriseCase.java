package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/** A penalty case as its party (the enterprise) sees it: stage, prior notice, decision, its time limits, documents. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnterpriseCase(UUID id, String caseNumber, String bureauName, String stage, LocalDate filedOn,
        @MayBeNull PriorNotice priorNotice, @MayBeNull LocalDate hearingRequestedOn, @MayBeNull LocalDate hearingOn,
        @MayBeNull Decision decision, List<PartyDeadline> deadlines, List<Document> documents) {

    /** The prior notice: when, citing what, with which penalties. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriorNotice(LocalDate on, String citation, List<Penalty> penalties) {
    }

    /** The decision served on the party. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String number, LocalDate decidedOn, @MayBeNull LocalDate servedOn, String citation,
            List<Penalty> penalties, @MayBeNull BigDecimal totalFine) {
    }

    /** One penalty of a prior notice or a decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Penalty(String type, @MayBeNull BigDecimal amountCny, @MayBeNull String note) {
    }

    /** A time limit the party must meet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartyDeadline(String kind, LocalDate dueDate, String status, @MayBeNull LocalDate metOn) {
    }

    /** A document served on the party. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(UUID id, String kind, String number, LocalDate servedOn) {
    }

    /** A case in the party's list, with its next open time limit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(UUID id, String caseNumber, String bureauName, String stage, LocalDate filedOn,
            @MayBeNull PartyDeadline nextDeadline) {
    }
}
