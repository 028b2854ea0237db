package org.appsupervision.notice.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An enterprise's rectification report for one notice item: drafted, evidence attached, then submitted. */
@Entity
@Table(name = "rectification_report")
public class RectificationReport {

    public enum Status { DRAFT, SUBMITTED }

    @Id
    public UUID id;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "operator_credit_code")
    public String operatorCreditCode;

    public String changes;

    @Column(name = "fixed_version")
    public String fixedVersion;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "report_hash")
    public String reportHash;
}
