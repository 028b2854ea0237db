package org.appsupervision.penalty.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment the party made against a decision's fines. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public BigDecimal amount;
    @Column(name = "paid_on")
    public LocalDate paidOn;
    public String reference;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
