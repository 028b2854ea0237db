package org.appsupervision.notice.finding.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static CsvRecordReader reader(String text) {
        return new CsvRecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndCountsPhysicalLines() throws IOException {
        CsvRecordReader reader = reader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3");
        assertEquals(List.of("a", "b", "c"), reader.next());
        assertEquals(2, reader.line());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), reader.next());
        assertEquals(4, reader.line());
        assertEquals(List.of("1", "", "3"), reader.next());
        assertNull(reader.next());
    }

    @Test
    void refusesAQuotedFieldLeftOpen() throws IOException {
        CsvRecordReader reader = reader("a,\"open\n");
        assertThrows(IOException.class, reader::next);
    }

    @Test
    void readsRecordsThatCrossTheBufferAndMultiByteCharactersSplitByReads() throws IOException {
        StringBuilder csv = new StringBuilder();
        int records = 20_000;
        for (int i = 0; i < records; i++) {
            csv.append("com.example.app").append(i).append(",豆瓣").append(i).append(",\"首次启动, 第").append(i)
                    .append("页\"\"截图\"\"\",\"quoted\"\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        CsvRecordReader reader = new CsvRecordReader(trickle);
        for (int i = 0; i < records; i++) {
            assertEquals(i + 1, reader.line());
            assertEquals(List.of("com.example.app" + i, "豆瓣" + i, "首次启动, 第" + i + "页\"截图\"", "quoted"),
                    reader.next());
        }
        assertNull(reader.next());
    }

    @Test
    void keepsBlankLinesAsOneEmptyFieldAndTextAfterAClosingQuote() throws IOException {
        CsvRecordReader reader = reader("\n\"a\"b,c\r\n");
        assertEquals(List.of(""), reader.next());
        assertEquals(List.of("ab", "c"), reader.next());
        assertNull(reader.next());
    }
}
