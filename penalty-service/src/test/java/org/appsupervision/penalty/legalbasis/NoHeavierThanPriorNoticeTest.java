package org.appsupervision.penalty.legalbasis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoHeavierThanPriorNoticeTest {

    static final List<PenaltyItem> NOTICE = List.of(new PenaltyItem(PenaltyType.WARNING, null, null),
            new PenaltyItem(PenaltyType.FINE, new BigDecimal("500000"), null));

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of("the same penalties", NOTICE, 0),
                Arguments.of("a lower fine", List.of(new PenaltyItem(PenaltyType.FINE, new BigDecimal("400000"), null)), 0),
                Arguments.of("only a warning", List.of(new PenaltyItem(PenaltyType.WARNING, null, null)), 0),
                Arguments.of("a higher fine", List.of(new PenaltyItem(PenaltyType.FINE, new BigDecimal("500000.01"), null)), 1),
                Arguments.of("an added suspension", List.of(new PenaltyItem(PenaltyType.WARNING, null, null),
                        new PenaltyItem(PenaltyType.SUSPENSION, null, null)), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void findsWhereADecisionIsHeavierThanItsPriorNotice(String name, List<PenaltyItem> decision, int heavierParts) {
        assertEquals(heavierParts, NoHeavierThanPriorNotice.heavierParts(NOTICE, decision).size());
    }
}
