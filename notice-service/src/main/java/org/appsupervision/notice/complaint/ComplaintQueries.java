package org.appsupervision.notice.complaint;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/** Reads complaints: the public status by tracking number, and the officials' queue and detail within their scope. */
@ApplicationScoped
public class ComplaintQueries {

    private static final String LIST = "complaints";
    private static final String IN_PROVINCE = "c.package_name IN (SELECT a.package_name FROM app a JOIN operator o "
            + "ON o.credit_code = a.operator_credit_code WHERE o.province_code = :province)";

    private final ComplaintRepository complaints;
    private final EntityManager em;

    public ComplaintQueries(ComplaintRepository complaints, EntityManager em) {
        this.complaints = complaints;
        this.em = em;
    }

    /** The public status of a complaint; 404 for any number that is not one. */
    @Transactional
    public PublicComplaintView publicStatus(String trackingNumber) {
        Complaint complaint = trackingNumber.matches(TrackingNumbers.PATTERN)
                ? complaints.byTrackingNumber(trackingNumber).orElse(null) : null;
        if (complaint == null) {
            throw ProblemException.notFound("Complaint", trackingNumber);
        }
        List<PublicComplaintView.Step> progress = new ArrayList<>();
        progress.add(new PublicComplaintView.Step(ComplaintStatus.RECEIVED, complaint.receivedAt));
        if (complaint.reviewedAt != null) {
            progress.add(new PublicComplaintView.Step(ComplaintStatus.UNDER_REVIEW, complaint.reviewedAt));
        }
        if (!complaint.status.isOpen()) {
            progress.add(new PublicComplaintView.Step(complaint.status, complaint.closedAt));
        }
        String mergedInto = complaint.mergedInto == null ? null : complaints.findById(complaint.mergedInto).trackingNumber;
        return new PublicComplaintView(complaint.trackingNumber, complaint.status, complaint.appName,
                complaint.packageName, complaint.storeCode, List.of(complaint.problemCodes), complaint.receivedAt,
                progress, complaint.rejectionReason, mergedInto);
    }

    /** The active problem kinds and active stores, for the public form. */
    @Transactional
    @SuppressWarnings("unchecked")
    public ComplaintOptions options() {
        List<Object[]> problems = em.createNativeQuery("SELECT code, label_zh, label_en FROM problem_kind "
                + "WHERE active ORDER BY aspect_code, code").getResultList();
        List<Object[]> stores = em.createNativeQuery("SELECT code, name_zh, coalesce(name_en, name_zh) FROM store "
                + "WHERE active ORDER BY code").getResultList();
        return new ComplaintOptions(problems.stream().map(ComplaintQueries::option).toList(),
                stores.stream().map(ComplaintQueries::option).toList());
    }

    private static ComplaintOptions.Option option(Object[] row) {
        return new ComplaintOptions.Option((String) row[0], (String) row[1], (String) row[2]);
    }

    /** The queue, newest first, filtered by status, app (package or name) and problem kind, within the scope. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Page<ComplaintView> list(ComplaintStatus status, String app, String problem, PageRequest page,
            ComplaintScope scope) {
        StringBuilder sql = new StringBuilder("SELECT c.* FROM complaint c WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            sql.append(" AND c.status = :status");
            params.put("status", status.name());
        }
        if (app != null && !app.isBlank()) {
            sql.append(" AND (c.package_name = :app OR lower(c.app_name) = lower(:app))");
            params.put("app", app.strip());
        }
        if (problem != null && !problem.isBlank()) {
            sql.append(" AND :problem = ANY (c.problem_codes)");
            params.put("problem", problem.strip());
        }
        if (!scope.isMinistry()) {
            sql.append(" AND ").append(IN_PROVINCE);
            params.put("province", scope.provinceCode());
        }
        Cursor after = page.after(LIST);
        if (after != null) {
            sql.append(" AND ").append(Keyset.after(true, "c.received_at", "c.id"));
            params.put("k0", after.instant(0));
            params.put("k1", after.uuid(1));
        }
        sql.append(" ORDER BY ").append(Keyset.order(true, "c.received_at", "c.id")).append(" LIMIT :rows");
        params.put("rows", page.limit() + 1);
        Query query = em.createNativeQuery(sql.toString(), Complaint.class);
        params.forEach(query::setParameter);
        List<Complaint> rows = query.getResultList();
        Map<String, String> provinces = operatorProvinces(rows.stream().map(c -> c.packageName)
                .filter(p -> p != null).distinct().toList());
        java.util.Set<UUID> erased = erased(rows.stream().map(c -> c.id).toList());
        return Page.of(rows, page.limit(), c -> Cursor.encode(LIST, c.receivedAt, c.id),
                c -> view(c, provinces.get(c.packageName), null, erased.contains(c.id)));
    }

    /** One complaint with its contact for officials; 403 outside a bureau officer's province. */
    @Transactional
    public ComplaintView get(UUID id, ComplaintScope scope) {
        Complaint complaint = inScope(id, scope);
        ComplaintRequest.Contact contact = null;
        if (scope.seesContact()) {
            List<Object[]> rows = em.createNativeQuery("SELECT contact_name, contact_phone, contact_email "
                    + "FROM complaint_private WHERE complaint_id = ?1").setParameter(1, id).getResultList();
            if (!rows.isEmpty() && (rows.get(0)[0] != null || rows.get(0)[1] != null || rows.get(0)[2] != null)) {
                contact = new ComplaintRequest.Contact((String) rows.get(0)[0], (String) rows.get(0)[1],
                        (String) rows.get(0)[2]);
            }
        }
        return view(complaint, operatorProvince(complaint.packageName), contact, erased(id));
    }

    /** One screenshot (1-based), for officials only. */
    @Transactional
    public Screenshot screenshot(UUID id, int seq, ComplaintScope scope) {
        inScope(id, scope);
        if (!scope.seesContact()) {
            throw new ForbiddenException("Screenshots may show the complainant and are for officials only");
        }
        List<Object[]> rows = em.createNativeQuery("SELECT media_type, content FROM complaint_screenshot "
                + "WHERE complaint_id = ?1 AND seq = ?2").setParameter(1, id).setParameter(2, seq).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Screenshot", id + "/" + seq);
        }
        return new Screenshot((String) rows.get(0)[0], (byte[]) rows.get(0)[1]);
    }

    /** The complaint if it is in the user's scope: 404 if it does not exist, 403 outside a bureau's province. */
    Complaint inScope(UUID id, ComplaintScope scope) {
        Complaint complaint = complaints.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Complaint", id));
        if (!scope.covers(operatorProvince(complaint.packageName))) {
            throw new ForbiddenException("A bureau officer triages complaints about apps of their province's operators only");
        }
        return complaint;
    }

    /** The province of the registered app's operator, or null when the app is not registered. */
    String operatorProvince(String packageName) {
        if (packageName == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT o.province_code FROM app a JOIN operator o "
                + "ON o.credit_code = a.operator_credit_code WHERE a.package_name = ?1").setParameter(1, packageName)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0).toString();
    }

    /** The provinces of the registered apps' operators, by package name, in one query. */
    @SuppressWarnings("unchecked")
    private Map<String, String> operatorProvinces(List<String> packageNames) {
        Map<String, String> provinces = new HashMap<>();
        if (packageNames.isEmpty()) {
            return provinces;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT a.package_name, o.province_code FROM app a JOIN operator o "
                + "ON o.credit_code = a.operator_credit_code WHERE a.package_name = ANY (string_to_array(?1, chr(31)))")
                .setParameter(1, String.join("\u001f", packageNames)).getResultList();
        rows.forEach(r -> provinces.put((String) r[0], r[1].toString()));
        return provinces;
    }

    /** Which of these complaints had their private parts erased, in one query. */
    @SuppressWarnings("unchecked")
    private java.util.Set<UUID> erased(List<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        List<UUID> rows = em.createNativeQuery("SELECT complaint_id FROM complaint_private WHERE erased_at IS NOT NULL "
                + "AND complaint_id = ANY (CAST(string_to_array(?1, ',') AS uuid[]))", UUID.class)
                .setParameter(1, String.join(",", ids.stream().map(UUID::toString).toList())).getResultList();
        return new java.util.HashSet<>(rows);
    }

    private boolean erased(UUID id) {
        return !em.createNativeQuery("SELECT 1 FROM complaint_private WHERE complaint_id = ?1 AND erased_at IS NOT NULL")
                .setParameter(1, id).getResultList().isEmpty();
    }

    static ComplaintView view(Complaint c, String operatorProvince, ComplaintRequest.Contact contact, boolean erased) {
        return new ComplaintView(c.id, c.trackingNumber, c.appName, c.packageName, operatorProvince, c.storeCode,
                List.of(c.problemCodes), c.description, c.status, c.receivedAt, c.reviewedAt, c.closedAt, c.handledBy,
                c.mergedInto, c.rejectionReason, c.findingId, c.repeats, c.screenshotCount, contact, erased);
    }
}
