package org.appsupervision.penalty.legalbasis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PenaltyRangeCheckTest {

    static Stream<Arguments> cases() {
        Supplier<LegalBasis> pipl = LegalBases::pipl66;
        Supplier<LegalBasis> csl = LegalBases::csl64of2017;
        return Stream.of(
                // basis, serious, penalties, illegal gains, turnover, expected violation fragment (null = allowed)
                Arguments.of("ordinary fine at the cap", pipl, false, List.of(fine("1000000")), null, null, null),
                Arguments.of("ordinary fine above the cap", pipl, false, List.of(fine("1000000.01")), null, null,
                        "exceeds the cap of 1000000"),
                Arguments.of("serious fine of 50 M", pipl, true, List.of(fine("50000000")), null, null, null),
                Arguments.of("serious fine above 50 M without turnover", pipl, true, List.of(fine("50000001")), null,
                        null, "exceeds the cap of 50000000"),
                Arguments.of("serious fine within 5 % of a 2 bn turnover", pipl, true, List.of(fine("100000000")), null,
                        new BigDecimal("2000000000"), null),
                Arguments.of("serious fine above 5 % of a 2 bn turnover", pipl, true, List.of(fine("100000001")), null,
                        new BigDecimal("2000000000"), "exceeds the cap of 100000000"),
                Arguments.of("ordinary person at 10 000", pipl, false, List.of(person("10000")), null, null, null),
                Arguments.of("ordinary person at 100 000", pipl, false, List.of(person("100000")), null, null, null),
                Arguments.of("ordinary person below 10 000", pipl, false, List.of(person("9999.99")), null, null,
                        "outside 10000 to 100000"),
                Arguments.of("ordinary person above 100 000", pipl, false, List.of(person("100001")), null, null,
                        "outside 10000 to 100000"),
                Arguments.of("serious person at 1 000 000", pipl, true, List.of(person("1000000")), null, null, null),
                Arguments.of("serious person below 100 000", pipl, true, List.of(person("99999")), null, null,
                        "outside 100000 to 1000000"),
                Arguments.of("business overhaul needs a serious case", pipl, false,
                        List.of(new PenaltyItem(PenaltyType.BUSINESS_OVERHAUL, null, null)), null, null,
                        "is not a penalty of PIPL-66 for ordinary"),
                Arguments.of("public criticism is no PIPL penalty", pipl, true,
                        List.of(new PenaltyItem(PenaltyType.PUBLIC_CRITICISM, null, null)), null, null, "is not a penalty"),
                Arguments.of("a warning takes no amount", pipl, false,
                        List.of(new PenaltyItem(PenaltyType.WARNING, BigDecimal.ONE, null)), null, null, "takes no amount"),
                Arguments.of("CSL without gains: up to 1 M", csl, false, List.of(fine("1000000")), null, null, null),
                Arguments.of("CSL without gains: above 1 M", csl, false, List.of(fine("1000001")), null, null,
                        "exceeds the cap of 1000000"),
                Arguments.of("CSL ten times gains", csl, false, List.of(fine("3000000")), new BigDecimal("300000"), null,
                        null),
                Arguments.of("CSL above ten times gains", csl, false, List.of(fine("3000001")), new BigDecimal("300000"),
                        null, "exceeds the cap of 3000000"),
                Arguments.of("CSL below once the gains", csl, false, List.of(fine("299999")), new BigDecimal("300000"),
                        null, "below 1 times the illegal gains"),
                Arguments.of("CSL person range is the same when serious", csl, true, List.of(person("100001")), null,
                        null, "outside 10000 to 100000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsPenaltiesWithinTheirBasis(String name, Supplier<LegalBasis> basis, boolean serious,
            List<PenaltyItem> penalties, BigDecimal gains, BigDecimal turnover, String expected) {
        List<String> violations = PenaltyRangeCheck.violations(basis.get(), serious, penalties, gains, turnover);
        if (expected == null) {
            assertEquals(List.of(), violations);
        } else {
            assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), violations.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usabilityCases")
    void refusesBasesThatAreUnverifiedOrNotInForce(String name, Supplier<LegalBasis> basis, LocalDate on,
            String expected) {
        List<String> problems = PenaltyRangeCheck.usability(basis.get(), on);
        if (expected == null) {
            assertEquals(List.of(), problems);
        } else {
            assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), problems.toString());
        }
    }

    static Stream<Arguments> usabilityCases() {
        return Stream.of(
                Arguments.of("PIPL in force", (Supplier<LegalBasis>) LegalBases::pipl66, LocalDate.of(2021, 11, 1), null),
                Arguments.of("PIPL before it came into force", (Supplier<LegalBasis>) LegalBases::pipl66,
                        LocalDate.of(2021, 10, 31), "not in force"),
                Arguments.of("CSL 2017 text on its last day", (Supplier<LegalBasis>) LegalBases::csl64of2017,
                        LocalDate.of(2025, 12, 31), null),
                Arguments.of("CSL 2017 text after the amendment", (Supplier<LegalBasis>) LegalBases::csl64of2017,
                        LocalDate.of(2026, 1, 1), "not in force"),
                Arguments.of("amended CSL is unverified", (Supplier<LegalBasis>) LegalBases::csl64of2026Unverified,
                        LocalDate.of(2026, 3, 1), "unverified"));
    }

    private static PenaltyItem fine(String amount) {
        return new PenaltyItem(PenaltyType.FINE, new BigDecimal(amount), null);
    }

    private static PenaltyItem person(String amount) {
        return new PenaltyItem(PenaltyType.RESPONSIBLE_PERSON_FINE, new BigDecimal(amount), "张三，总经理");
    }
}
