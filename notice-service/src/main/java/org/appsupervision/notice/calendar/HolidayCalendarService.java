package org.appsupervision.notice.calendar;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.appsupervision.events.HolidayCalendarChanged;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/** Admins maintain the holidays and adjusted working days per year; every change is published as an event. */
@ApplicationScoped
public class HolidayCalendarService {

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final Outbox outbox;

    public HolidayCalendarService(CalendarDayRepository days, CalendarYearRepository years, Outbox outbox) {
        this.days = days;
        this.years = years;
        this.outbox = outbox;
    }

    @Transactional
    public List<HolidayCalendarView> list() {
        return years.listAll(Sort.by("year")).stream().map(this::view).toList();
    }

    @Transactional
    public HolidayCalendarView get(int year) {
        return years.findByIdOptional(year).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Holiday calendar of", year));
    }

    @Transactional
    public HolidayCalendarView replace(int year, HolidayCalendarView.YearRequest request, String admin) {
        check(year, request);
        days.delete("year", year);
        days.flush();
        CalendarYear entry = years.findByIdOptional(year).orElseGet(() -> {
            CalendarYear created = new CalendarYear();
            created.year = year;
            return created;
        });
        entry.changedBy = admin;
        entry.changedAt = Instant.now();
        years.persist(entry);
        request.holidays().stream().distinct().forEach(day -> days.persist(day(year, day, "HOLIDAY")));
        request.adjustedWorkingDays().stream().distinct()
                .forEach(day -> days.persist(day(year, day, "ADJUSTED_WORKING_DAY")));
        outbox.append(new HolidayCalendarChanged(year, sorted(request.holidays()),
                sorted(request.adjustedWorkingDays()), admin, entry.changedAt));
        return view(entry);
    }

    private static void check(int year, HolidayCalendarView.YearRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "must lie between 2000 and 2100"));
        }
        request.holidays().stream().filter(d -> d.getYear() != year)
                .forEach(d -> errors.add(new FieldError("holidays", d + " is not in " + year)));
        request.adjustedWorkingDays().stream().filter(d -> d.getYear() != year)
                .forEach(d -> errors.add(new FieldError("adjustedWorkingDays", d + " is not in " + year)));
        Set<LocalDate> both = new HashSet<>(request.holidays());
        both.retainAll(request.adjustedWorkingDays());
        both.forEach(d -> errors.add(new FieldError("adjustedWorkingDays", d + " is also listed as a holiday")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static CalendarDay day(int year, LocalDate date, String kind) {
        CalendarDay day = new CalendarDay();
        day.day = date;
        day.year = year;
        day.kind = kind;
        return day;
    }

    private static List<LocalDate> sorted(List<LocalDate> dates) {
        return dates.stream().distinct().sorted().toList();
    }

    private HolidayCalendarView view(CalendarYear year) {
        List<CalendarDay> entries = days.list("year", Sort.by("day"), year.year);
        return new HolidayCalendarView(year.year,
                entries.stream().filter(d -> "HOLIDAY".equals(d.kind)).map(d -> d.day).toList(),
                entries.stream().filter(d -> !"HOLIDAY".equals(d.kind)).map(d -> d.day).toList(),
                year.changedBy, year.changedAt);
    }
}
