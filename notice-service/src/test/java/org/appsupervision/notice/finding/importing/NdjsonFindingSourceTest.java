package org.appsupervision.notice.finding.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NdjsonFindingSourceTest {

    @Test
    void aLineThatIsJsonNullIsAnUnreadableLineNotAFailure() throws IOException {
        String ndjson = "null\n{\"packageName\":\"com.douban.frodo\"}\n";
        try (NdjsonFindingSource source = new NdjsonFindingSource(
                new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), new ObjectMapper())) {
            FindingSource.Parsed first = source.next();
            assertNull(first.line());
            assertEquals("not a finding object: null", first.unreadable());
            assertEquals("com.douban.frodo", source.next().line().packageName());
            assertNull(source.next());
        }
    }

    @Test
    void countsBlankLinesAndReadsCrlfLinesTheLastOneWithoutANewlineAndLinesThatCrossReads() throws IOException {
        StringBuilder ndjson = new StringBuilder("\r\n \u3000 \n");
        for (int i = 0; i < 5_000; i++) {
            ndjson.append("{\"packageName\":\"com.example.app").append(i).append("\",\"appName\":\"应用\"}\r\n");
        }
        ndjson.append("{\"packageName\":\"com.example.last\"}");
        byte[] bytes = ndjson.toString().getBytes(StandardCharsets.UTF_8);
        java.io.InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1000));
            }
        };
        try (NdjsonFindingSource source = new NdjsonFindingSource(trickle, new ObjectMapper())) {
            for (int i = 0; i < 5_000; i++) {
                FindingSource.Parsed parsed = source.next();
                assertEquals(i + 3, parsed.lineNumber());
                assertEquals("com.example.app" + i, parsed.line().packageName());
                assertEquals("应用", parsed.line().appName());
            }
            FindingSource.Parsed last = source.next();
            assertEquals(5_003, last.lineNumber());
            assertEquals("com.example.last", last.line().packageName());
            assertNull(source.next());
        }
    }
}
