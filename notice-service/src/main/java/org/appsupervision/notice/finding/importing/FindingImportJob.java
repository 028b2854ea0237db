package org.appsupervision.notice.finding.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bulk import of findings into a batch: its format, who sent it, and how it ended. */
@Entity
@Table(name = "finding_import_job")
public class FindingImportJob {

    @Id
    public UUID id;

    @Column(name = "batch_id")
    public UUID batchId;

    public String format;

    public String status;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "lines_read")
    public long linesRead;

    @Column(name = "lines_written")
    public long linesWritten;

    @Column(name = "bad_lines")
    public int badLines;

    /** The bad lines as JSON, when the import was rejected; the failure reason when it failed. */
    public String report;
}
