package org.appsupervision.notice.finding;

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
}
