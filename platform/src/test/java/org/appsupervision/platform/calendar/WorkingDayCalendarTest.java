package org.appsupervision.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    /** National Day 2021: 1-7 October off, Sunday 26 September and Saturday 9 October worked. */
    static final WorkingDayCalendar CALENDAR_2021 = new WorkingDayCalendar(
            Stream.iterate(LocalDate.of(2021, 10, 1), d -> d.plusDays(1)).limit(7).collect(java.util.stream.Collectors.toSet()),
            Set.of(LocalDate.of(2021, 9, 26), LocalDate.of(2021, 10, 9)),
            Set.of(2021));

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
        // An ordinary week: Wednesday + 5 working days skips the weekend.
        "2021-11-03, 5, 2021-11-10",
        // From Thursday 30 September: the holiday week is skipped, Saturday 9 October counts.
        "2021-09-30, 1, 2021-10-08",
        "2021-09-30, 2, 2021-10-09",
        "2021-09-30, 3, 2021-10-11",
        // From Friday 24 September: Sunday 26 September is an adjusted working day.
        "2021-09-24, 1, 2021-09-26",
        "2021-11-03, 0, 2021-11-03"
    })
    void countsWorkingDaysAcrossHolidaysAndAdjustedWorkingDays(LocalDate from, int days, LocalDate due) {
        assertEquals(due, CALENDAR_2021.addWorkingDays(from, days).date());
    }

    @Test
    void explainsWhatItSkippedAndCounted() {
        WorkingDayCalendar.Deadline deadline = CALENDAR_2021.addWorkingDays(LocalDate.of(2021, 9, 30), 2);
        assertEquals(List.of(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 2), LocalDate.of(2021, 10, 3),
                LocalDate.of(2021, 10, 4), LocalDate.of(2021, 10, 5), LocalDate.of(2021, 10, 6),
                LocalDate.of(2021, 10, 7)), deadline.skipped());
        assertTrue(deadline.explanation().contains("2021-10-01 (holiday)"), deadline.explanation());
        assertTrue(deadline.explanation().contains("adjusted working days [2021-10-09]"), deadline.explanation());
        assertTrue(deadline.yearsWithoutCalendar().isEmpty());
    }

    @Test
    void saysWhenACountCrossesAYearWithoutCalendar() {
        WorkingDayCalendar.Deadline deadline = CALENDAR_2021.addWorkingDays(LocalDate.of(2021, 12, 30), 3);
        assertEquals(Set.of(2022), deadline.yearsWithoutCalendar());
        assertTrue(deadline.explanation().contains("no holiday calendar maintained for [2022]"));
    }

    @Test
    void calendarDaysIgnoreHolidays() {
        WorkingDayCalendar.Deadline deadline = CALENDAR_2021.addCalendarDays(LocalDate.of(2021, 9, 30), 15);
        assertEquals(LocalDate.of(2021, 10, 15), deadline.date());
        assertEquals(WorkingDayCalendar.CountRule.CALENDAR_DAYS, deadline.rule());
    }

    @Test
    void aWeekendIsRestAndAnAdjustedSundayIsWork() {
        assertFalse(CALENDAR_2021.isWorkingDay(LocalDate.of(2021, 11, 6)));
        assertTrue(CALENDAR_2021.isWorkingDay(LocalDate.of(2021, 9, 26)));
        assertFalse(CALENDAR_2021.isWorkingDay(LocalDate.of(2021, 10, 4)));
    }

    @Test
    void refusesNegativeLimits() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR_2021.addWorkingDays(LocalDate.of(2021, 1, 4), -1));
    }
}
