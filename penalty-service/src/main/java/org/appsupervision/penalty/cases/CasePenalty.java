package org.appsupervision.penalty.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.appsupervision.penalty.legalbasis.PenaltyItem;
import org.appsupervision.penalty.legalbasis.PenaltyType;

/** One penalty announced in a case's prior notice or imposed by its decision. */
@Entity
@Table(name = "case_penalty")
public class CasePenalty {

    /** Whether the penalty was announced (prior notice) or imposed (decision). */
    public enum Phase {
        PRIOR_NOTICE,
        DECISION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Phase phase;
    @Enumerated(EnumType.STRING)
    public PenaltyType type;
    public BigDecimal amount;
    public String note;

    public PenaltyItem toItem() {
        return new PenaltyItem(type, amount, note);
    }
}
