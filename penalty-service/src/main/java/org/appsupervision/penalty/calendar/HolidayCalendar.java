package org.appsupervision.penalty.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.appsupervision.platform.calendar.WorkingDayCalendar;

/** This service's copy of the admin-maintained holiday calendar, kept from HolidayCalendarChanged events. */
@ApplicationScoped
public class HolidayCalendar {

    private final EntityManager em;

    public HolidayCalendar(EntityManager em) {
        this.em = em;
    }

    /** The working-day calendar as the copy stands now. */
    public WorkingDayCalendar current() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> adjusted = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT day, kind FROM holiday_day").getResultList();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date date ? date.toLocalDate() : (LocalDate) row[0];
            ("HOLIDAY".equals(row[1]) ? holidays : adjusted).add(day);
        }
        @SuppressWarnings("unchecked")
        List<Number> years = em.createNativeQuery("SELECT year FROM holiday_year").getResultList();
        Set<Integer> known = new HashSet<>();
        years.forEach(y -> known.add(y.intValue()));
        return new WorkingDayCalendar(holidays, adjusted, known);
    }

    /** Replaces a year's holidays and adjusted working days with the complete lists of an event. */
    public void replaceYear(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays, String changedBy,
            Instant changedAt) {
        em.createNativeQuery("DELETE FROM holiday_day WHERE year = :year").setParameter("year", year).executeUpdate();
        insert(year, holidays, "HOLIDAY");
        insert(year, adjustedWorkingDays, "ADJUSTED_WORKING_DAY");
        em.createNativeQuery("""
                INSERT INTO holiday_year (year, changed_by, changed_at) VALUES (:year, :by, :at)
                ON CONFLICT (year) DO UPDATE SET changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""")
                .setParameter("year", year).setParameter("by", changedBy).setParameter("at", changedAt)
                .executeUpdate();
    }

    private void insert(int year, List<LocalDate> days, String kind) {
        for (LocalDate day : days) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("Day " + day + " is not in year " + year);
            }
            em.createNativeQuery("INSERT INTO holiday_day (year, day, kind) VALUES (:year, :day, :kind)")
                    .setParameter("year", year).setParameter("day", day).setParameter("kind", kind).executeUpdate();
        }
    }
}
