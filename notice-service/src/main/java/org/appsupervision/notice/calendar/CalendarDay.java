package org.appsupervision.notice.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday or an adjusted working day (调休) of the holiday calendar. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    public LocalDate day;

    public int year;

    /** HOLIDAY or ADJUSTED_WORKING_DAY. */
    public String kind;
}
