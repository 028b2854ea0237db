package org.appsupervision.notice.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.appsupervision.platform.calendar.WorkingDayCalendar;

/** The working-day calendar built from the admin-maintained holidays, for deadlines counted in working days. */
@ApplicationScoped
public class HolidayCalendar {

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;

    public HolidayCalendar(CalendarDayRepository days, CalendarYearRepository years) {
        this.days = days;
        this.years = years;
    }

    /** The current calendar; call inside a transaction. */
    public WorkingDayCalendar current() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> adjusted = new HashSet<>();
        days.listAll().forEach(d -> ("HOLIDAY".equals(d.kind) ? holidays : adjusted).add(d.day));
        Set<Integer> known = new HashSet<>();
        years.listAll().forEach(y -> known.add(y.year));
        return new WorkingDayCalendar(holidays, adjusted, known);
    }
}
