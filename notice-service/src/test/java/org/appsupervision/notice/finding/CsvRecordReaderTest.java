package org.appsupervision.notice.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndCountsPhysicalLines() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(
                "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3"));
        assertEquals(List.of("a", "b", "c"), reader.next());
        assertEquals(2, reader.line());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), reader.next());
        assertEquals(4, reader.line());
        assertEquals(List.of("1", "", "3"), reader.next());
        assertNull(reader.next());
    }

    @Test
    void refusesAQuotedFieldLeftOpen() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader("a,\"open\n"));
        assertThrows(IOException.class, reader::next);
    }
}
