package org.appsupervision.notice.finding.importing;

import java.util.List;
import org.appsupervision.notice.finding.line.FindingLine;

/** Findings given as a list in a JSON request; line numbers count from 1. */
final class ListFindingSource implements FindingSource {

    private final List<FindingLine> lines;
    private int next;

    ListFindingSource(List<FindingLine> lines) {
        this.lines = lines;
    }

    @Override
    public Parsed next() {
        if (next >= lines.size()) {
            return null;
        }
        FindingLine line = lines.get(next++);
        return line == null ? new Parsed(next, null, "is empty") : new Parsed(next, line, null);
    }

    @Override
    public void close() {
    }
}
