package org.appsupervision.events.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"9144030071526726XG", "91330100799655058B", "91110108551385082Q"})
    void acceptsRealCodes(String code) {
        assertTrue(UnifiedSocialCreditCode.isValid(code));
    }

    @Test
    void rejectsAWrongCheckCharacterAndSaysWhichIsExpected() {
        assertEquals(Optional.of("check character should be G"),
                UnifiedSocialCreditCode.problem("9144030071526726XA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9144030071526726X", "9144030071526726XGG", "9144030071526726IG", "9144030071526726xg"})
    void rejectsWrongLengthAndCharactersOutsideTheAlphabet(String code) {
        assertFalse(UnifiedSocialCreditCode.isValid(code));
    }

    @Test
    void takesTheProvinceFromDigitsThreeAndFour() {
        assertEquals("44", UnifiedSocialCreditCode.provinceCode("9144030071526726XG"));
        assertEquals("33", UnifiedSocialCreditCode.provinceCode("91330100799655058B"));
    }
}
