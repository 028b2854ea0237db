package org.appsupervision.notice.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * The officials' triage of open complaints: take under review, merge a duplicate into another, reject with a reason,
 * or record the finding a complaint led to (see {@link ComplaintFindings}). Every change is in the audit trail.
 */
@ApplicationScoped
public class ComplaintTriage {

    private final ComplaintQueries queries;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    public ComplaintTriage(ComplaintQueries queries, EntityManager em) {
        this.queries = queries;
        this.em = em;
    }

    @Transactional
    public ComplaintView review(UUID id, ComplaintScope scope, String user) {
        Complaint complaint = open(id, scope);
        if (complaint.status == ComplaintStatus.RECEIVED) {
            complaint.status = ComplaintStatus.UNDER_REVIEW;
            complaint.reviewedAt = Instant.now(clock);
            complaint.handledBy = user;
        }
        return queries.get(id, scope);
    }

    @Transactional
    public ComplaintView merge(UUID id, UUID intoId, ComplaintScope scope, String user) {
        Complaint complaint = open(id, scope);
        if (id.equals(intoId)) {
            throw ProblemException.invalid(List.of(new FieldError("intoId", "a complaint is not merged into itself")));
        }
        Complaint into = queries.inScope(intoId, scope);
        if (into.status == ComplaintStatus.MERGED || into.status == ComplaintStatus.REJECTED) {
            throw ProblemException.conflict("Complaint " + into.trackingNumber + " is " + into.status
                    + "; merge into a complaint that stands");
        }
        close(complaint, ComplaintStatus.MERGED, user);
        complaint.mergedInto = into.id;
        into.repeats += 1 + complaint.repeats;
        em.flush();
        return queries.get(id, scope);
    }

    @Transactional
    public ComplaintView reject(UUID id, String reason, ComplaintScope scope, String user) {
        Complaint complaint = open(id, scope);
        close(complaint, ComplaintStatus.REJECTED, user);
        complaint.rejectionReason = reason.strip();
        return queries.get(id, scope);
    }

    /**
     * Records that these open complaints led to {@code findingId} about {@code packageName}, which a complaint that
     * named no package takes on (so that it counts for the app).
     */
    @Transactional
    public void settleAsFinding(List<UUID> ids, long findingId, String packageName, ComplaintScope scope, String user) {
        for (UUID id : ids) {
            Complaint complaint = open(id, scope);
            close(complaint, ComplaintStatus.FINDING, user);
            complaint.findingId = findingId;
            if (complaint.packageName == null) {
                complaint.packageName = packageName;
            }
        }
    }

    /** The complaint, in scope and still open (409 once merged, rejected or turned into a finding). */
    Complaint open(UUID id, ComplaintScope scope) {
        Complaint complaint = queries.inScope(id, scope);
        em.lock(complaint, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!complaint.status.isOpen()) {
            throw ProblemException.conflict("Complaint " + complaint.trackingNumber + " is " + complaint.status
                    + " already");
        }
        return complaint;
    }

    private void close(Complaint complaint, ComplaintStatus status, String user) {
        Instant now = Instant.now(clock);
        if (complaint.reviewedAt == null) {
            complaint.reviewedAt = now;
        }
        complaint.status = status;
        complaint.closedAt = now;
        complaint.handledBy = Objects.requireNonNull(user);
    }
}
