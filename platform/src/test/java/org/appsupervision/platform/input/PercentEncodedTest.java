package org.appsupervision.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PercentEncodedTest {

    @Test
    void decodesUtf8EscapesAndPlusAsSpaceInForms() {
        assertEquals("工信部 app", PercentEncoded.decode("%E5%B7%A5%E4%BF%A1%E9%83%A8+app", true).text());
        assertEquals("a+b", PercentEncoded.decode("a+b", false).text());
        assertEquals("50%", PercentEncoded.decode("50%25", true).text());
    }

    @Test
    void decodesNulSoThatTheTextCheckSeesIt() {
        assertEquals("\u0000", PercentEncoded.decode("%00", true).text());
    }

    @Test
    void refusesAPercentWithoutTwoHexDigits() {
        for (String raw : new String[] {"%zz", "%", "a%", "%4", "%4g", "%%41"}) {
            PercentEncoded.Decoded decoded = PercentEncoded.decode(raw, true);
            assertNull(decoded.text(), raw);
            assertNotNull(decoded.fault(), raw);
        }
    }

    @Test
    void refusesEscapedBytesThatAreNotUtf8InsteadOfReplacingThem() {
        for (String raw : new String[] {"%e4%b8", "%ff", "%c0%80", "%ed%a0%80", "x%e4%b8y"}) {
            assertNull(PercentEncoded.decode(raw, true).text(), raw);
        }
    }
}
