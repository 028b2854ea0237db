package org.appsupervision.appstore.proactive;

import java.io.IOException;
import java.io.Reader;

/** Reads lines of at most a given length, so one endless line cannot fill the memory; longer lines come back cut and flagged. */
final class BoundedLineReader {

    private final Reader in;
    private final int maxLength;
    private final StringBuilder line = new StringBuilder();
    private boolean tooLong;
    private boolean ended;

    BoundedLineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its line break, or null at the end. */
    String next() throws IOException {
        if (ended) {
            return null;
        }
        line.setLength(0);
        tooLong = false;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return stripCarriageReturn();
            }
            if (line.length() < maxLength) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        ended = true;
        return line.isEmpty() && !tooLong ? null : stripCarriageReturn();
    }

    /** Whether the line last returned was longer than the limit. */
    boolean wasTooLong() {
        return tooLong;
    }

    private String stripCarriageReturn() {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
