package org.appsupervision.penalty.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void aNameKeepsItsFirstCharacterAndTwoStarsWhateverItsLength() {
        assertEquals("张**", MaskedName.of("张三，总经理"));
        assertEquals("欧**", MaskedName.of("欧阳娜娜（首席执行官）"));
        assertEquals("李**", MaskedName.of("  李四 技术总监"));
        assertEquals("J**", MaskedName.of("John Smith, CEO"));
        assertEquals("𠀋**", MaskedName.of("𠀋一、法定代表人"));
    }

    @Test
    void anEmptyNoteHasNoName() {
        assertNull(MaskedName.of(null));
        assertNull(MaskedName.of("   "));
        assertNull(MaskedName.of("，总经理"));
    }
}
