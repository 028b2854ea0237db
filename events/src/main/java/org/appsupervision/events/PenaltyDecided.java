package org.appsupervision.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A bureau decided the penalty of a case (决定), naming its legal basis and penalties. */
public record PenaltyDecided(
        UUID caseId,
        UUID chainId,
        String decisionNumber,
        String bureauProvinceCode,
        String subjectKind,
        String subjectName,
        String subjectCode,
        String legalBasis,
        List<Penalty> penalties,
        BigDecimal totalFineCny,
        Instant decidedAt) implements ChainEvent {

    /**
     * One penalty of the decision.
     *
     * @param type WARNING, PUBLIC_CRITICISM, FINE, CONFISCATION, SUSPENSION, BUSINESS_OVERHAUL,
     *     REVOCATION_REFERRAL or RESPONSIBLE_PERSON_FINE
     * @param amountCny the amount for fines and confiscations, otherwise null
     */
    public record Penalty(String type, BigDecimal amountCny, String note) {
    }

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
