package org.appsupervision.notice.recheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A re-check (核查复检) of one notice item by the testing agency it is assigned to: of a submitted rectification report,
 * or opened by an official for an item without one (an SDK item, whose provider has no login).
 */
@Entity
@Table(name = "recheck_task")
public class RecheckTask {

    public enum Status { OPEN, COMPLETED }

    public enum Outcome { RECTIFIED, NOT_RECTIFIED }

    @Id
    public UUID id;

    /** The report re-checked; null when an official opened the task ({@link #openedBy}). */
    @Column(name = "report_id")
    public UUID reportId;

    /** The official who opened the task for an item without a report; null for a report's task. */
    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "operator_province_code")
    public String operatorProvinceCode;

    @Column(name = "agency_code")
    public String agencyCode;

    /** {@code rule:ROUND_ROBIN}, {@code rule:BY_PROVINCE}, or the official who reassigned the task. */
    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assignment_reason")
    public String assignmentReason;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "tested_version")
    public String testedVersion;

    public String findings;

    @Column(name = "result_hash")
    public String resultHash;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
