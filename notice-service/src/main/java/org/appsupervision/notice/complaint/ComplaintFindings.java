package org.appsupervision.notice.complaint;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.notice.batch.DetectionBatch;
import org.appsupervision.notice.finding.importing.FindingImportService;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Turns complaints into detection work: one or more open complaints about one registered app become one finding in a
 * new detection batch of kind COMPLAINTS (the ministry's, or the bureau officer's province's), written by the findings
 * writer like any other; or a complaint is attached as evidence to a finding that exists.
 */
@ApplicationScoped
public class ComplaintFindings {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final ComplaintQueries queries;
    private final ComplaintTriage triage;
    private final FindingImportService findings;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    public ComplaintFindings(ComplaintQueries queries, ComplaintTriage triage, FindingImportService findings,
            EntityManager em) {
        this.queries = queries;
        this.triage = triage;
        this.findings = findings;
        this.em = em;
    }

    /** The finding's id, once the complaints are settled as that finding. */
    public long toFinding(UUID id, ComplaintView.FindingRequest request, ComplaintScope scope, String user) {
        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(id);
        if (request.alsoIds() != null) {
            ids.addAll(request.alsoIds());
        }
        Draft draft = QuarkusTransaction.requiringNew().call(() -> draft(List.copyOf(ids), request, scope, user));
        long findingId;
        try {
            BureauScope writer = scope.isMinistry() ? BureauScope.MINISTRY : new BureauScope(scope.provinceCode());
            findingId = findings.add(draft.batchId(), List.of(draft.line()), writer, user).get(0);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "DELETE FROM detection_batch WHERE id = ?1 AND finding_count = 0").setParameter(1, draft.batchId())
                    .executeUpdate());
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> triage.settleAsFinding(List.copyOf(ids), findingId,
                draft.line().packageName(), scope, user));
        return findingId;
    }

    /** Attaches an open complaint to an existing finding (of the same app, when the complaint names the package). */
    public void attach(UUID id, long findingId, ComplaintScope scope, String user) {
        QuarkusTransaction.requiringNew().run(() -> {
            Complaint complaint = triage.open(id, scope);
            List<Object[]> rows = em.createNativeQuery("SELECT f.package_name, b.province_code FROM finding f "
                    + "JOIN detection_batch b ON b.id = f.batch_id WHERE f.id = ?1").setParameter(1, findingId)
                    .getResultList();
            if (rows.isEmpty()) {
                throw ProblemException.notFound("Finding", findingId);
            }
            String batchProvince = (String) rows.get(0)[1];
            if (!scope.isMinistry() && batchProvince != null && !batchProvince.equals(scope.provinceCode())) {
                throw new ForbiddenException("A bureau officer attaches complaints to their own province's findings only");
            }
            if (complaint.packageName != null && !complaint.packageName.equals(rows.get(0)[0])) {
                throw ProblemException.invalid(List.of(new FieldError("findingId",
                        "is a finding about " + rows.get(0)[0] + ", the complaint is about " + complaint.packageName)));
            }
            triage.settleAsFinding(List.of(id), findingId, (String) rows.get(0)[0], scope, user);
        });
    }

    private record Draft(UUID batchId, FindingLine line) {
    }

    private Draft draft(List<UUID> ids, ComplaintView.FindingRequest request, ComplaintScope scope, String user) {
        List<Complaint> complaints = new ArrayList<>();
        for (UUID complaintId : ids) {
            complaints.add(triage.open(complaintId, scope));
        }
        Complaint first = complaints.get(0);
        String packageName = request.packageName() != null && !request.packageName().isBlank()
                ? request.packageName().strip() : first.packageName;
        List<FieldError> errors = new ArrayList<>();
        List<Object[]> app = packageName == null ? List.of() : em.createNativeQuery("SELECT a.name, o.name, "
                + "o.credit_code, a.filing_number FROM app a JOIN operator o ON o.credit_code = a.operator_credit_code "
                + "WHERE a.package_name = ?1").setParameter(1, packageName).getResultList();
        if (app.isEmpty()) {
            errors.add(new FieldError("packageName", "name a registered app (PUT /api/apps/{packageName} registers one)"));
        }
        for (Complaint complaint : complaints) {
            if (complaint.packageName != null && packageName != null && !complaint.packageName.equals(packageName)) {
                errors.add(new FieldError("alsoIds", complaint.trackingNumber + " is about " + complaint.packageName));
            }
        }
        String store = complaints.stream().map(c -> c.storeCode).filter(s -> s != null).findFirst().orElse(null);
        if (store == null) {
            errors.add(new FieldError("id", "none of the complaints names the store where the app was found"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!scope.covers(queries.operatorProvince(packageName))) {
            throw new ForbiddenException("A bureau officer turns complaints about their province's apps into findings only");
        }
        Set<String> problems = new LinkedHashSet<>();
        complaints.forEach(c -> problems.addAll(List.of(c.problemCodes)));
        List<String> references = complaints.stream().map(c -> c.trackingNumber).toList();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        LocalDate since = LocalDate.ofInstant(complaints.stream().map(c -> c.receivedAt).min(Instant::compareTo)
                .orElse(now), BEIJING);
        DetectionBatch batch = new DetectionBatch();
        batch.id = UUID.randomUUID();
        batch.title = "用户投诉 / Complaints " + String.join(", ", references);
        batch.runBy = scope.isMinistry() ? DetectionBatch.RunBy.MINISTRY : DetectionBatch.RunBy.BUREAU;
        batch.provinceCode = scope.provinceCode();
        batch.kind = DetectionBatch.Kind.COMPLAINTS;
        batch.runFrom = since.isAfter(today) ? today : since;
        batch.runTo = today;
        batch.appsTested = 1;
        batch.recordedBy = user;
        batch.recordedAt = now;
        em.persist(batch);
        Object[] a = app.get(0);
        String evidence = request.evidence() != null && !request.evidence().isBlank() ? request.evidence().strip()
                : "用户投诉 / complaints " + String.join(", ", references);
        FindingLine line = new FindingLine(packageName, (String) a[0], request.version().strip(), store,
                List.copyOf(problems), evidence, references, now.toString(), (String) a[1], (String) a[2],
                (String) a[3]);
        return new Draft(batch.id, line);
    }
}
