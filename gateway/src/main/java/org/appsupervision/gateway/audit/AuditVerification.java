package org.appsupervision.gateway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the audit log for auditors, and walks it whole to report the first record whose chain is broken. */
@ApplicationScoped
public class AuditVerification {

    /** The outcome: whether the chain is intact, how many records it holds, and where it breaks. */
    public record Result(boolean intact, long records, Long firstBrokenSeq, String reason) {
    }

    private static final int PAGE = 1000;

    private final AuditRepository records;

    public AuditVerification(AuditRepository records) {
        this.records = records;
    }

    /** Records after {@code seq}, oldest first. */
    @Transactional
    public List<AuditResource.Entry> page(long after, int limit) {
        return records.after(after, limit).stream().map(r -> new AuditResource.Entry(r.seq, r.recordedAt, r.action,
                r.actor, r.subject, r.address, r.detail, r.prevHash, r.hash)).toList();
    }

    @Transactional
    public Result verify() {
        String prevHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        long count = 0;
        List<AuditRecord> page = records.after(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditRecord record : page) {
                if (record.seq != expectedSeq) {
                    return new Result(false, count, expectedSeq, "record " + expectedSeq + " is missing");
                }
                if (!record.prevHash.equals(prevHash)) {
                    return new Result(false, count, record.seq, "record " + record.seq
                            + " does not follow the record before it");
                }
                if (!AuditChain.hashOf(record).equals(record.hash)) {
                    return new Result(false, count, record.seq, "record " + record.seq + " was changed");
                }
                prevHash = record.hash;
                expectedSeq++;
                count++;
            }
            records.getEntityManager().clear();
            page = records.after(expectedSeq - 1, PAGE);
        }
        return new Result(true, count, null, null);
    }
}
