package org.appsupervision.appstore.proactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalLineTest {

    static final Instant NOW = Instant.parse("2021-07-01T00:00:00Z");

    @Test
    void splitsQuotedCsvFieldsWithCommasAndDoubledQuotes() {
        assertEquals(List.of("com.a.b", "名, 称", "2021-01-01T00:00:00Z", "说 \"强制\""),
                CsvLine.fields("com.a.b,\"名, 称\",2021-01-01T00:00:00Z,\"说 \"\"强制\"\"\""));
        assertEquals(List.of("a", "", ""), CsvLine.fields("a,,"));
        assertThrows(IllegalArgumentException.class, () -> CsvLine.fields("a,\"open"));
    }

    @Test
    void acceptsAValidLineAndNamesEveryProblemOfABadOne() {
        assertTrue(new RemovalLine("com.tencent.mm", "微信", "2021-03-01T00:00:00Z", null).problems(NOW).isEmpty());
        assertEquals(List.of("packageName 'no spaces allowed' is not a package name", "appName is missing",
                "removedAt is in the future"),
                new RemovalLine("no spaces allowed", " ", "2022-01-01T00:00:00Z", null).problems(NOW));
        assertEquals(List.of("removedAt 'March' is not an ISO-8601 instant"),
                new RemovalLine("com.a.b", "名", "March", null).problems(NOW));
    }

    @Test
    void readsBoundedLinesAndFlagsTheOnesThatAreTooLong() throws Exception {
        BoundedLineReader reader = new BoundedLineReader(new java.io.StringReader("ab\r\nabcdef\nxy"), 4);
        assertEquals("ab", reader.next());
        assertEquals("abcd", reader.next());
        assertTrue(reader.wasTooLong());
        assertEquals("xy", reader.next());
        assertEquals(null, reader.next());
    }
}
