package org.appsupervision.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An admin changed the public holidays or adjusted working days (调休) of a year; every service
 * that computes working-day deadlines keeps its copy of the calendar from these events and
 * recomputes open deadlines. The lists are the year's complete entries, not a difference.
 */
public record HolidayCalendarChanged(
        int year,
        List<LocalDate> holidays,
        List<LocalDate> adjustedWorkingDays,
        String changedBy,
        Instant changedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return Integer.toString(year);
    }

    /** Calendar events belong to no chain. */
    @Override
    public UUID chainId() {
        return null;
    }
}
