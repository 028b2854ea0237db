package org.appsupervision.notice.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One evidence file of a rectification report or of a re-check result: its name, type, size and SHA-256. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
