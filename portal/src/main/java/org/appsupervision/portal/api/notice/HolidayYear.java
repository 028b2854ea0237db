package org.appsupervision.portal.api.notice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.portal.api.MayBeNull;

/** One year of the working-day calendar deadlines count in: its holidays and adjusted working days, and who set them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HolidayYear(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays,
        @MayBeNull String changedBy, @MayBeNull Instant changedAt) {
}
