package org.appsupervision.penalty.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LateSurchargeTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 16);

    @ParameterizedTest(name = "day {0}: {1} CNY, capped {2}")
    @CsvSource({
            "0, 0.00, false",
            "1, 3000.00, false",
            "20, 60000.00, false",
            "33, 99000.00, false",
            "34, 100000.00, true",
            "40, 100000.00, true"})
    void addsThreePercentOfTheFinePerDayLateCappedAtTheFine(int daysLate, String surcharge, boolean capped) {
        LateSurcharge.Result result = LateSurcharge.on(new BigDecimal("100000"), DUE, DUE.plusDays(daysLate), null);
        assertEquals(daysLate, result.daysLate());
        assertEquals(new BigDecimal(surcharge), result.surcharge());
        assertEquals(capped, result.capped());
    }

    @ParameterizedTest(name = "paid in full on day {0}, read on day 40: {1} CNY")
    @CsvSource({"0, 0.00", "5, 15000.00"})
    void stopsCountingOnTheDayTheFineWasPaid(int paidOnDay, String surcharge) {
        LateSurcharge.Result result = LateSurcharge.on(new BigDecimal("100000"), DUE, DUE.plusDays(40),
                DUE.plusDays(paidOnDay));
        assertEquals(new BigDecimal(surcharge), result.surcharge());
    }
}
