package org.appsupervision.appstore.servicelevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The takedown target an admin set, with who set it, when and why (the only row of its table). */
@Entity
@Table(name = "service_level")
public class ServiceLevel {

    static final short ONLY = 1;

    @Id
    public short id = ONLY;

    @Column(name = "takedown_target_seconds")
    public long takedownTargetSeconds;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
