package org.appsupervision.notice.archive;

import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.notice.NoticeKind;

/** What an archive import did: per line, the notice and whether it was imported now or had been before unchanged. */
public record ArchiveReport(int imported, int alreadyImported, List<Entry> notices) {

    /** IMPORTED now, or ALREADY_IMPORTED earlier with the same content (left as it is). */
    public enum Outcome {
        IMPORTED,
        ALREADY_IMPORTED
    }

    public record Entry(int line, UUID id, NoticeKind kind, String title, Outcome outcome, int appCount) {
    }

    static ArchiveReport of(List<Entry> entries) {
        int imported = (int) entries.stream().filter(e -> e.outcome() == Outcome.IMPORTED).count();
        return new ArchiveReport(imported, entries.size() - imported, entries);
    }
}
