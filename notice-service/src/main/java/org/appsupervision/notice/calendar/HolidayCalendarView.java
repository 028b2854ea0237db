package org.appsupervision.notice.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One year of the holiday calendar as the API shows it. */
public record HolidayCalendarView(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays,
        String changedBy, Instant changedAt) {

    /** The year's complete entries, replacing what was there. */
    public record YearRequest(@NotNull @Size(max = 60) List<@NotNull LocalDate> holidays,
            @NotNull @Size(max = 30) List<@NotNull LocalDate> adjustedWorkingDays) {
    }
}
