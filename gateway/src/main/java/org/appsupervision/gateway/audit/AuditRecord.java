package org.appsupervision.gateway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One security event in the append-only audit log, chained to the one before by its hash. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    public long seq;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String action;

    public String actor;

    public String subject;

    public String address;

    public String detail;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;
}
