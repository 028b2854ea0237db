package org.appsupervision.penalty.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A published decision as the public sees it: no internal ids, no officers' names, and of a responsible person fined
 * only the masked name ({@link PublicPenalty}).
 */
public record PublishedDecision(String decisionNumber, String bureauName, String subjectName, String subjectCode,
        String legalBasis, List<PublicPenalty> penalties, BigDecimal totalFineCny, LocalDate decidedOn,
        LocalDate publishedOn, String documentSha256) {
}
