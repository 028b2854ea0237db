package org.appsupervision.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void acceptsOrdinaryTextInAnyScriptWithTabsAndLineBreaks() {
        assertNull(Text.fault("工业和信息化部关于侵害用户权益行为的APP通报（2021年第3批）\tline\r\nnext"));
        assertNull(Text.fault("emoji \uD83D\uDE00 and accents é ß"));
        assertNull(Text.fault(""));
        assertNull(Text.fault(null));
    }

    @Test
    void refusesNulWhichPostgresqlCannotStore() {
        assertTrue(Text.fault("a\u0000b").contains("U+0000"));
    }

    @Test
    void refusesOtherC0ControlsButNotDelete() {
        assertTrue(Text.fault("bell\u0007").contains("U+0007"));
        assertTrue(Text.fault("\u001B[31m").contains("U+001B"));
        assertNull(Text.fault("del\u007F"));
    }

    @Test
    void refusesUnpairedSurrogatesEitherWay() {
        assertTrue(Text.fault("\uD800").contains("U+D800"));
        assertTrue(Text.fault("x\uD800y").contains("unpaired surrogate"));
        assertTrue(Text.fault("\uDC00x").contains("U+DC00"));
        assertTrue(Text.fault("\uDE00\uD83D").contains("U+DE00"));
    }

    @Test
    void refusesTheNoncharactersXmlCannotCarry() {
        assertTrue(Text.fault("\uFFFE").contains("U+FFFE"));
        assertTrue(Text.fault("\uFFFF").contains("U+FFFF"));
        assertEquals(true, Text.acceptable("\uFFFD"));
    }

    @Test
    void findsUnpairedSurrogatesOnly() {
        assertTrue(Text.hasUnpairedSurrogate("a\uD800"));
        assertTrue(Text.hasUnpairedSurrogate("\uDC00\uD800"));
        assertEquals(false, Text.hasUnpairedSurrogate("\uD83D\uDE00 豆瓣\u0000"));
    }
}
