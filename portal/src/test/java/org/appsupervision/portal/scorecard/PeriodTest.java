package org.appsupervision.portal.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void withoutDatesThePeriodIsTheLast365DaysInChinasTime() {
        Period period = Period.of(null, "", TODAY);
        assertTrue(period.valid());
        assertEquals(LocalDate.of(2025, 11, 29), period.from());
        assertEquals(Instant.parse("2025-11-28T16:00:00Z"), period.fromInstant());
        assertEquals(Instant.parse("2026-11-28T16:00:00Z"), period.toInstant());
    }

    @Test
    void aStartAfterTheEndOrAnUnreadableDateNamesTheField() {
        assertEquals("from", Period.of("2026-12-01", "2026-11-01", TODAY).errorField());
        assertEquals("to", Period.of("2026-01-01", "31.12.2026", TODAY).errorField());
        assertEquals("from", Period.of("yesterday", null, TODAY).errorField());
        assertEquals("from=2026-01-01&to=2026-06-30", Period.of("2026-01-01", "2026-06-30", TODAY).query());
    }
}
