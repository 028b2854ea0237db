package org.appsupervision.portal.admin;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.notice.HolidayYear;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.ops.OpsMessages;

/** Reads and replaces the holiday calendar that notice-service keeps (and announces to the other services). */
@ApplicationScoped
public class HolidayPageService {

    private final NoticeApi notices;

    public HolidayPageService(NoticeApi notices) {
        this.notices = notices;
    }

    /** One year as the page shows it, dates one per line. */
    public record Year(int year, String holidays, String adjustedWorkingDays, int holidayCount, int workingDayCount,
            String changedBy, Instant changedAt) {
    }

    /** The calendar's years, newest first, and the problem of a refused change with what was typed. */
    public record Calendar(List<Year> years, String problem, Map<String, String> fieldErrors, Map<String, String> entered) {

        public String fieldError(String field) {
            return fieldErrors.get(field);
        }

        public String value(String field) {
            return entered.getOrDefault(field, "");
        }
    }

    public Calendar calendar(Viewer viewer, PortalMessages m, String problem, Map<String, String> errors,
            Map<String, String> entered) {
        Answer<List<HolidayYear>> answer = Answer.of(PortalService.NOTICE, notices.holidays()).await().indefinitely();
        ServiceReply reply = answer.reply();
        List<Year> years = new ArrayList<>();
        for (HolidayYear y : answer.or(List.of())) {
            List<String> holidays = strings(y.holidays());
            List<String> working = strings(y.adjustedWorkingDays());
            years.add(new Year(y.year(), String.join("\n", holidays), String.join("\n", working),
                    holidays.size(), working.size(), y.changedBy(), y.changedAt()));
        }
        years.sort(Comparator.comparingInt(Year::year).reversed());
        String shown = problem != null ? problem : reply.ok() ? null
                : reply.unavailable() ? m.service_unavailable(reply.service().label(m)) : reply.problem().title();
        return new Calendar(years, shown, errors, entered);
    }

    /** Replaces a year; null when notice-service took it, otherwise the fields at fault (and the refusal under "form"). */
    public Map<String, String> replace(String year, String holidays, String working, Viewer viewer, PortalMessages m,
            OpsMessages ops) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer y = parseYear(year);
        if (y == null) {
            errors.put("year", ops.holiday_year_invalid());
        }
        JsonArray holidayDates = dates(holidays, "holidays", y, errors, ops);
        JsonArray workingDates = dates(working, "adjustedWorkingDays", y, errors, ops);
        if (!errors.isEmpty()) {
            return errors;
        }
        JsonObject body = new JsonObject().put("holidays", holidayDates).put("adjustedWorkingDays", workingDates);
        ServiceReply reply = Answer.of(PortalService.NOTICE, notices.replaceHolidays(y, body.encode())).await()
                .indefinitely().reply();
        if (reply.ok()) {
            return null;
        }
        if (reply.unavailable()) {
            return Map.of("form", m.service_unavailable(reply.service().label(m)));
        }
        errors.putAll(reply.problem().fieldErrors());
        errors.put("form", reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail()));
        return errors;
    }

    private static JsonArray dates(String text, String field, Integer year, Map<String, String> errors, OpsMessages ops) {
        JsonArray dates = new JsonArray();
        if (text == null) {
            return dates;
        }
        List<String> bad = new ArrayList<>();
        for (String token : text.split("[\\s,，;；]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                LocalDate day = LocalDate.parse(token.strip());
                if (year != null && day.getYear() != year) {
                    bad.add(token);
                } else {
                    dates.add(day.toString());
                }
            } catch (DateTimeParseException e) {
                bad.add(token);
            }
        }
        if (!bad.isEmpty()) {
            errors.put(field, ops.holiday_dates_invalid(String.join(", ", bad)));
        }
        return dates;
    }

    private static Integer parseYear(String year) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            return y >= 2000 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> strings(List<LocalDate> days) {
        return days == null ? List.of() : days.stream().map(LocalDate::toString).toList();
    }
}
