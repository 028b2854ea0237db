package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.notice.rectification.ItemRectification;
import org.appsupervision.notice.rectification.ItemRectificationRepository;
import org.appsupervision.notice.rectification.RectificationStatus;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/** Turns findings, or the unrectified items of an earlier notice, into the table of a new draft. */
@ApplicationScoped
public class NoticeSources {

    private final EntityManager em;
    private final NoticeRepository notices;
    private final ItemRectificationRepository rectifications;

    public NoticeSources(EntityManager em, NoticeRepository notices, ItemRectificationRepository rectifications) {
        this.em = em;
        this.notices = notices;
        this.rectifications = rectifications;
    }

    /** The new draft's items and, per item, the source item it repeats (null for an item only from findings). */
    public record Unrectified(DraftNoticeRequest request, List<UUID> sourceItemIds) {
    }

    DraftNoticeRequest fromFindings(DraftFromFindingsRequest request) {
        boolean refused = Boolean.TRUE.equals(request.refusedRectification());
        List<DraftNoticeRequest.AppEntry> entries = findingApps(request.findingIds()).entrySet().stream()
                .map(e -> e.getValue().entry(e.getKey(), refused)).toList();
        return new DraftNoticeRequest(request.kind(), request.title(), entries, request.terms());
    }

    /** The apps of the given findings in the order of their first finding, each with its findings merged. */
    @SuppressWarnings("unchecked")
    private Map<String, AppRow> findingApps(List<Long> findingIds) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT f.id, f.package_name, a.name, f.app_version, f.source_store,
                       array_to_string(f.problem_codes, ','), o.name, o.credit_code
                FROM finding f JOIN app a ON a.package_name = f.package_name
                JOIN operator o ON o.credit_code = a.operator_credit_code
                WHERE f.id IN (?1) ORDER BY f.id""")
                .setParameter(1, Set.copyOf(findingIds)).getResultList();
        Set<Long> found = new LinkedHashSet<>();
        Map<String, AppRow> apps = new LinkedHashMap<>();
        for (Object[] row : rows) {
            found.add(((Number) row[0]).longValue());
            AppRow app = apps.computeIfAbsent((String) row[1], p -> new AppRow((String) row[2], (String) row[6],
                    ((String) row[7]).strip()));
            app.versions.add((String) row[3]);
            app.stores.add((String) row[4]);
            app.problems.addAll(List.of(((String) row[5]).split(",")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < findingIds.size(); i++) {
            if (!found.contains(findingIds.get(i))) {
                errors.add(new FieldError("findingIds[" + i + "]", "names no finding"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return apps;
    }

    /** Links each item of the draft to the given findings of its app. */
    void linkFindings(NoticeView draft, List<Long> findingIds) {
        Map<String, UUID> itemByPackage = new LinkedHashMap<>();
        draft.items().forEach(item -> itemByPackage.put(item.packageName(), item.itemId()));
        em.createNativeQuery("""
                INSERT INTO notice_item_finding (item_id, finding_id)
                SELECT CAST(json_extract_path_text(CAST(?1 AS json), f.package_name) AS uuid), f.id
                FROM finding f WHERE f.id IN (?2) ON CONFLICT DO NOTHING""")
                .setParameter(1, toJson(itemByPackage)).setParameter(2, Set.copyOf(findingIds)).executeUpdate();
    }

    /**
     * The unrectified items of the source notice, in its order, then the apps of the findings (if any) that the
     * source does not name; an app in both is one item: the source item's row, with the findings' versions, stores
     * and problems added after its own.
     */
    Unrectified unrectifiedOf(DraftFromNoticeRequest request) {
        Notice source = notices.findByIdOptional(request.sourceNoticeId())
                .filter(n -> n.status == NoticeStatus.PUBLISHED && n.kind != NoticeKind.TAKEDOWN && !n.imported())
                .orElseThrow(() -> ProblemException.invalid(List.of(new FieldError("sourceNoticeId",
                        "names no published rectification or re-check notice of this system (an imported historical notice has no re-check results)"))));
        Map<UUID, ItemRectification> states = rectifications.byItem(source.items.stream().map(i -> i.id).toList());
        Map<String, AppRow> apps = new LinkedHashMap<>();
        Map<String, UUID> sourceItems = new LinkedHashMap<>();
        for (NoticeItem item : source.items) {
            ItemRectification state = states.get(item.id);
            if (state != null && state.status == RectificationStatus.RECTIFIED || item.namesSdk()) {
                continue; // an unrectified SDK is followed up by a notice drafted anew (no store takes an SDK down)
            }
            AppRow app = new AppRow(item.appName, item.operatorName, item.operatorCreditCode.strip());
            if (item.appVersion != null) {
                app.versions.addAll(List.of(item.appVersion.split("、")));
            }
            app.stores.addAll(item.storeCodes);
            app.problems.addAll(item.problemCodes);
            apps.put(item.packageName, app);
            sourceItems.put(item.packageName, item.id);
        }
        if (request.findingIds() != null && !request.findingIds().isEmpty()) {
            findingApps(request.findingIds()).forEach((pkg, found) -> apps.merge(pkg, found, AppRow::add));
        }
        if (apps.isEmpty()) {
            throw ProblemException.conflict("Every item of notice " + source.id + " was rectified; nothing to re-check or take down");
        }
        List<DraftNoticeRequest.AppEntry> entries = apps.entrySet().stream()
                .map(e -> e.getValue().entry(e.getKey(), true)).toList();
        List<UUID> sourceItemIds = apps.keySet().stream().map(sourceItems::get).toList();
        return new Unrectified(new DraftNoticeRequest(request.kind(), request.title(), entries, request.terms()),
                sourceItemIds);
    }

    private static String toJson(Map<String, UUID> map) {
        StringBuilder json = new StringBuilder("{");
        map.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v).append('"'));
        return json.append('}').toString();
    }

    private static final class AppRow {
        final String name;
        final String operatorName;
        final String creditCode;
        final Set<String> versions = new LinkedHashSet<>();
        final Set<String> stores = new LinkedHashSet<>();
        final Set<String> problems = new LinkedHashSet<>();

        AppRow(String name, String operatorName, String creditCode) {
            this.name = name;
            this.operatorName = operatorName;
            this.creditCode = creditCode;
        }

        /** This row with the versions, stores and problems of {@code other} added after its own. */
        AppRow add(AppRow other) {
            versions.addAll(other.versions);
            stores.addAll(other.stores);
            problems.addAll(other.problems);
            return this;
        }

        DraftNoticeRequest.AppEntry entry(String packageName, boolean refused) {
            return new DraftNoticeRequest.AppEntry(name, packageName, versions.isEmpty() ? null : String.join("、", versions),
                    new DraftNoticeRequest.OperatorEntry(operatorName, creditCode), List.copyOf(problems),
                    List.copyOf(stores), refused, null);
        }
    }
}
