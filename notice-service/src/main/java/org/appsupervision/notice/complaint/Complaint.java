package org.appsupervision.notice.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A complaint from the public about an app: what happened, and how officials triaged it. No personal data. */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    public UUID id;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "app_name")
    public String appName;

    @Column(name = "package_name")
    public String packageName;

    @Column(name = "store_code")
    public String storeCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "problem_codes")
    public String[] problemCodes;

    public String description;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "handled_by")
    public String handledBy;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "finding_id")
    public Long findingId;

    public int repeats;

    @Column(name = "screenshot_count")
    public int screenshotCount;
}
