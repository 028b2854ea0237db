package org.appsupervision.penalty.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.legalbasis.PenaltyItem;

/** A published decision as the public sees it (no internal ids, no officers' names). */
public record PublishedDecision(String decisionNumber, String bureauName, String subjectName, String subjectCode,
        String legalBasis, List<PenaltyItem> penalties, BigDecimal totalFineCny, LocalDate decidedOn,
        LocalDate publishedOn, String documentSha256) {
}
