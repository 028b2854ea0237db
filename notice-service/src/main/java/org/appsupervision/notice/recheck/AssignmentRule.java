package org.appsupervision.notice.recheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The rule officials set for assigning new re-check tasks, and where round-robin continues (one row). */
@Entity
@Table(name = "recheck_assignment_rule")
public class AssignmentRule {

    public enum Kind { ROUND_ROBIN, BY_PROVINCE }

    @Id
    public int id;

    @Enumerated(EnumType.STRING)
    public Kind rule;

    @Column(name = "last_agency")
    public String lastAgency;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;
}
