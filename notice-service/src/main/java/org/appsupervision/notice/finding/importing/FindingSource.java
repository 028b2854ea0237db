package org.appsupervision.notice.finding.importing;

import java.io.Closeable;
import java.io.IOException;
import org.appsupervision.notice.finding.fastpath.CheckedRow;
import org.appsupervision.notice.finding.fastpath.FindingApps;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/** A stream of finding lines read one at a time, never the whole file in memory. */
public interface FindingSource extends Closeable {

    /** The next line, or null at the end. A line that cannot even be parsed comes with its reason. */
    Parsed next() throws IOException;

    /**
     * Lets the source check lines itself by the rules of {@code check} and hand over the good ones as a
     * {@link CheckedRow}, looking their apps up in {@code apps}; a source that cannot simply ignores it.
     */
    default void checkWith(FindingLineCheck check, FindingApps apps) {
    }

    /**
     * One line of the input: its number (the header is line 1 of a CSV file) and the finding or why it is
     * unreadable, or the line already checked and found good.
     */
    record Parsed(long lineNumber, FindingLine line, String unreadable, CheckedRow checked) {

        public Parsed(long lineNumber, FindingLine line, String unreadable) {
            this(lineNumber, line, unreadable, null);
        }

        Parsed(long lineNumber, CheckedRow checked) {
            this(lineNumber, null, null, checked);
        }
    }
}
