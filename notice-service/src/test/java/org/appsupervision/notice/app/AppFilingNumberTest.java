package org.appsupervision.notice.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.appsupervision.notice.operator.AppFilingNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppFilingNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"陕ICP备2024026116号-1A", "京ICP备05002222号-12A", "粤ICP备2023123456号-3A"})
    void acceptsAppFilingNumbers(String number) {
        assertTrue(AppFilingNumber.problem(number).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"陕ICP备2024026116号-1", "陕ICP备2024026116号-1X", "ICP备2024026116号-1A", "沪ICP备号-1A",
            "陕ICP备2024026116-1A"})
    void rejectsWebsiteMiniProgramAndMalformedNumbers(String number) {
        assertTrue(AppFilingNumber.problem(number).isPresent());
    }
}
