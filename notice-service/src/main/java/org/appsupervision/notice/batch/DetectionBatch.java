package org.appsupervision.notice.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A detection batch (检测批次): who ran it (the ministry or one provincial bureau), when, how many apps it tested. */
@Entity
@Table(name = "detection_batch")
public class DetectionBatch {

    @Id
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_by")
    public RunBy runBy;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "run_from")
    public LocalDate runFrom;

    @Column(name = "run_to")
    public LocalDate runTo;

    @Column(name = "apps_tested")
    public int appsTested;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** DETECTION for a batch of testing, COMPLAINTS for one made from the public's complaints. */
    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.DETECTION;

    /** Raised only by the findings writer, in SQL, in the transaction that writes the findings. */
    @Column(name = "finding_count", insertable = false, updatable = false)
    public long findingCount;

    /** Where a batch's findings come from: testing, or complaints from the public turned into findings. */
    public enum Kind {
        DETECTION,
        COMPLAINTS
    }

    /** Who ran a batch. */
    public enum RunBy {
        MINISTRY,
        BUREAU
    }
}
