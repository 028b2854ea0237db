package org.appsupervision.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts calendar and working days the way the time limits of notices and penalty cases are
 * counted: the day an act happens is not counted; working days skip weekends and public holidays
 * and include the adjusted working days (调休) that fall on weekends. The holidays and adjusted
 * days are data an admin maintains per year ({@code knownYears}); a count that crosses a year
 * without data says so in its explanation instead of guessing.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkingDays;
    private final Set<Integer> knownYears;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays, Set<Integer> knownYears) {
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
        this.knownYears = Set.copyOf(knownYears);
    }

    /** A calendar that knows no holidays: only weekends are rest days. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkingDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} calendar days after {@code from}. */
    public Deadline addCalendarDays(LocalDate from, int days) {
        requireNonNegative(days);
        LocalDate due = from.plusDays(days);
        String how = days + " calendar days after " + from + " → " + due;
        return new Deadline(due, CountRule.CALENDAR_DAYS, days, from, List.of(), Set.of(), how);
    }

    /** The {@code days}-th working day after {@code from}, with the rest days it skipped. */
    public Deadline addWorkingDays(LocalDate from, int days) {
        requireNonNegative(days);
        List<LocalDate> skipped = new ArrayList<>();
        Set<Integer> unknownYears = new TreeSet<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!knownYears.contains(day.getYear())) {
                unknownYears.add(day.getYear());
            }
            if (isWorkingDay(day)) {
                counted++;
            } else {
                skipped.add(day);
            }
        }
        return new Deadline(day, CountRule.WORKING_DAYS, days, from, List.copyOf(skipped), unknownYears,
                explainWorkingDays(from, days, day, skipped, unknownYears));
    }

    private String explainWorkingDays(LocalDate from, int days, LocalDate due, List<LocalDate> skipped,
            Set<Integer> unknownYears) {
        StringBuilder how = new StringBuilder().append(days).append(" working days after ").append(from);
        if (!skipped.isEmpty()) {
            how.append(", skipping");
            for (LocalDate day : skipped) {
                how.append(' ').append(day).append(holidays.contains(day) ? " (holiday)" : " (weekend)");
            }
        }
        List<LocalDate> adjusted = adjustedWorkingDays.stream()
                .filter(d -> d.isAfter(from) && !d.isAfter(due)).sorted().toList();
        if (!adjusted.isEmpty()) {
            how.append(", counting adjusted working days ").append(adjusted);
        }
        how.append(" → ").append(due);
        if (!unknownYears.isEmpty()) {
            how.append("; no holiday calendar maintained for ").append(unknownYears).append(": weekends only");
        }
        return how.toString();
    }

    private static void requireNonNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + days);
        }
    }

    /** How a time limit is counted. */
    public enum CountRule {
        CALENDAR_DAYS,
        WORKING_DAYS
    }

    /**
     * A computed due date and how it was computed, to be stored with it.
     *
     * @param skipped the rest days passed over (weekends and holidays)
     * @param yearsWithoutCalendar years the count crossed for which no holidays are maintained
     * @param explanation the computation in words, for officials and the record
     */
    public record Deadline(LocalDate date, CountRule rule, int days, LocalDate from, List<LocalDate> skipped,
            Set<Integer> yearsWithoutCalendar, String explanation) {
    }
}
