package org.appsupervision.notice.finding;

import java.io.Closeable;
import java.io.IOException;

/** A stream of finding lines read one at a time, never the whole file in memory. */
public interface FindingSource extends Closeable {

    /** The next line, or null at the end. A line that cannot even be parsed comes with its reason. */
    Parsed next() throws IOException;

    /** One line of the input: its number (the header is line 1 of a CSV file) and the finding or why it is unreadable. */
    record Parsed(long lineNumber, FindingLine line, String unreadable) {
    }
}
