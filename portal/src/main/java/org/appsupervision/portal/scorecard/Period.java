package org.appsupervision.portal.scorecard;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.appsupervision.portal.Formats;

/**
 * The period of publication a scorecard covers, as the reader chose it (days in China's time zone,
 * both included), or the last 365 days; {@code error} names the field the reader got wrong.
 */
@TemplateData
public record Period(LocalDate from, LocalDate to, String errorField) {

    static final int DEFAULT_DAYS = 365;

    /** Reads the filter's two dates; blank means the default, a date that does not parse is an error. */
    static Period of(String from, String to, LocalDate today) {
        LocalDate end;
        LocalDate start;
        try {
            end = blank(to) ? today : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return new Period(today.minusDays(DEFAULT_DAYS - 1), today, "to");
        }
        try {
            start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            return new Period(end.minusDays(DEFAULT_DAYS - 1), end, "from");
        }
        return new Period(start, end, start.isAfter(end) ? "from" : null);
    }

    public boolean valid() {
        return errorField == null;
    }

    Instant fromInstant() {
        return from.atStartOfDay(Formats.CHINA).toInstant();
    }

    Instant toInstant() {
        return to.plusDays(1).atStartOfDay(Formats.CHINA).toInstant();
    }

    /** The query that keeps this period on the links of the page. */
    public String query() {
        return "from=" + from + "&to=" + to;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
