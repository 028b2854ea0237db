package org.appsupervision.notice.finding.importing;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a running import, read by pollers while the job's thread advances them. */
public final class ImportProgress {

    final AtomicLong linesRead = new AtomicLong();
    final AtomicLong linesStaged = new AtomicLong();
    final AtomicLong linesWritten = new AtomicLong();
    final AtomicLong badLines = new AtomicLong();
    volatile String phase = "READING";

    public long linesRead() {
        return linesRead.get();
    }

    public long linesWritten() {
        return linesWritten.get();
    }

    public long badLines() {
        return badLines.get();
    }

    public String phase() {
        return phase;
    }
}
