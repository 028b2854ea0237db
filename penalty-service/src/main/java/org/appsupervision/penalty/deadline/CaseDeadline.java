package org.appsupervision.penalty.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.appsupervision.platform.calendar.WorkingDayCalendar.CountRule;

/** A statutory time limit of one case, with the computation that produced its date. */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline {

    /** OPEN until met, or CLOSED when the step it guards no longer applies. */
    public enum Status {
        OPEN,
        MET,
        CLOSED
    }

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public DeadlineKind kind;
    @Column(name = "from_date")
    public LocalDate fromDate;
    public int days;
    @Enumerated(EnumType.STRING)
    public CountRule rule;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String explanation;
    @Column(name = "legal_rule")
    public String legalRule;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "met_on")
    public LocalDate metOn;
    @Column(name = "computed_at")
    public Instant computedAt;
}
