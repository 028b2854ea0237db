package org.appsupervision.notice.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year whose holidays an admin has maintained, and who last changed them. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    public int year;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
