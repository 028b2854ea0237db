package org.appsupervision.notice.archive;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.notice.notice.ContentHash;
import org.appsupervision.notice.notice.Notice;
import org.appsupervision.notice.notice.NoticeItem;
import org.appsupervision.notice.notice.NoticeStatus;

/** Turns a checked archive line into a published, imported notice with its items in annex order. */
final class ArchivedNotices {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String DEADLINE_AS_PUBLISHED = "截止日期以原通报为准 / the deadline as the notice published it";

    /** A notice built from a line; {@code isNew} is false for one imported before unchanged. */
    record Built(int line, Notice notice, boolean isNew) {
    }

    private ArchivedNotices() {
    }

    /** What identifies a historical notice across imports. */
    static String key(ArchivedNotice n) {
        return n.kind() + "|" + n.publishedOn() + "|" + n.title().strip();
    }

    static Built build(ArchiveFile.Line line, String admin, Instant now) {
        ArchivedNotice n = line.notice();
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.kind = n.kind();
        notice.title = n.title().strip();
        notice.status = NoticeStatus.PUBLISHED;
        notice.draftedBy = admin;
        notice.draftedAt = now;
        notice.publishedAt = n.publishedOn().atStartOfDay(BEIJING).toInstant();
        notice.importedBy = admin;
        notice.importedAt = now;
        notice.archiveKey = key(n);
        notice.archiveSource = n.source() == null || n.source().isBlank() ? null : n.source().strip();
        notice.archiveNote = n.note() == null || n.note().isBlank() ? null : n.note().strip();
        if (n.batch() != null) {
            notice.batchYear = n.batch().year();
            notice.yearlyBatch = n.batch().yearly();
            notice.cumulativeBatch = n.batch().cumulative();
        }
        if (n.deadline() != null) {
            notice.deadlineDate = n.deadline();
            notice.requestedDeadline = n.deadline();
            notice.deadlineExplanation = DEADLINE_AS_PUBLISHED;
        }
        int seq = 0;
        for (ArchivedNotice.Annex annex : n.annexes()) {
            for (ArchivedNotice.Item entry : annex.items()) {
                notice.items.add(item(notice, ++seq, annex.authority(), entry));
            }
        }
        notice.contentHash = ContentHash.of(notice);
        return new Built(line.number(), notice, true);
    }

    private static NoticeItem item(Notice notice, int seq, String authority, ArchivedNotice.Item entry) {
        NoticeItem item = new NoticeItem();
        item.id = UUID.randomUUID();
        item.chainId = UUID.randomUUID();
        item.notice = notice;
        item.seq = seq;
        item.appName = entry.app().strip();
        item.packageName = entry.packageName();
        item.appVersion = entry.version() == null || entry.version().isBlank() ? null : entry.version().strip();
        item.operatorName = entry.operator().name().strip();
        item.operatorCreditCode = entry.operator().creditCode();
        item.operatorProvinceCode = UnifiedSocialCreditCode.provinceCode(entry.operator().creditCode());
        item.reportedBy = authority;
        item.problemCodes = new LinkedHashSet<>(entry.problems());
        item.storeCodes = entry.stores() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(entry.stores());
        return item;
    }
}
