package org.appsupervision.penalty.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.appsupervision.platform.calendar.WorkingDayCalendar;
import org.appsupervision.platform.calendar.WorkingDayCalendar.CountRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The statutory clocks counted over the 2025 National Day holiday (1-8 Oct, adjusted working days 28 Sep and 11 Oct). */
class StatutoryClockTest {

    static final WorkingDayCalendar NATIONAL_DAY_2025 = new WorkingDayCalendar(
            Set.of(d("2025-10-01"), d("2025-10-02"), d("2025-10-03"), d("2025-10-04"), d("2025-10-05"),
                    d("2025-10-06"), d("2025-10-07"), d("2025-10-08")),
            Set.of(d("2025-09-28"), d("2025-10-11")), Set.of(2025));

    static Stream<Arguments> clocks() {
        return Stream.of(
                // kind, from, due, what the explanation must mention
                Arguments.of(DeadlineKind.DECISION, "2025-09-01", "2025-11-30", "90 calendar days"),
                Arguments.of(DeadlineKind.PAYMENT, "2025-09-26", "2025-10-11", "15 calendar days"),
                Arguments.of(DeadlineKind.HEARING_REQUEST, "2025-09-26", "2025-10-10", "adjusted working days [2025-09-28"),
                Arguments.of(DeadlineKind.HEARING_REQUEST, "2025-09-26", "2025-10-10", "2025-10-01 (holiday)"),
                Arguments.of(DeadlineKind.HEARING_NOTICE, "2025-09-29", "2025-10-15", "2025-10-11]"),
                Arguments.of(DeadlineKind.SERVICE, "2025-09-30", "2025-10-16", "2025-10-08 (holiday)"),
                Arguments.of(DeadlineKind.SERVICE, "2025-09-19", "2025-09-29", "2025-09-20 (weekend)"));
    }

    @ParameterizedTest(name = "{0} from {1} is due {2}")
    @MethodSource("clocks")
    void countsTheStatutoryLimitsOverHolidaysAndAdjustedWorkingDays(DeadlineKind kind, String from, String due,
            String explained) {
        WorkingDayCalendar.Deadline deadline = kind.rule() == CountRule.WORKING_DAYS
                ? NATIONAL_DAY_2025.addWorkingDays(d(from), kind.days())
                : NATIONAL_DAY_2025.addCalendarDays(d(from), kind.days());
        assertEquals(d(due), deadline.date());
        assertTrue(deadline.explanation().contains(explained), deadline.explanation());
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
