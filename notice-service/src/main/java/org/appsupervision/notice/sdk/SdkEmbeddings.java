package org.appsupervision.notice.sdk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.notice.sdk.EmbeddingViews.AppSdk;
import org.appsupervision.notice.sdk.EmbeddingViews.EmbeddingApp;
import org.appsupervision.notice.sdk.EmbeddingViews.InventoryRequest;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/** Reads and records which app versions embed which SDK versions (table app_sdk). */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class SdkEmbeddings {

    private static final String LIST = "sdk-apps";
    /** Separates the values of an aggregated list (a control character no stored value holds). */
    private static final String SEPARATOR = "\u001f";

    private final EntityManager em;

    public SdkEmbeddings(EntityManager em) {
        this.em = em;
    }

    /** How many distinct apps embed each of the SDKs. */
    public Map<String, Long> appCounts(Collection<String> codes) {
        Map<String, Long> counts = new HashMap<>();
        if (codes.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT sdk_code, count(DISTINCT package_name) FROM app_sdk "
                + "WHERE sdk_code IN (?1) GROUP BY sdk_code").setParameter(1, Set.copyOf(codes)).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The SDK versions that embeddings name (kept in the registry whatever a replacement says). */
    Set<String> versionsInUse(String code) {
        return new LinkedHashSet<>(em.createNativeQuery("SELECT DISTINCT sdk_version FROM app_sdk WHERE sdk_code = ?1 "
                + "AND sdk_version <> ''").setParameter(1, code).getResultList());
    }

    /** The SDKs found in an app, in code order. */
    @Transactional
    public List<AppSdk> ofApp(String packageName) {
        requireApp(packageName);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.code, s.name_zh, s.name_en, s.provider_name,
                       string_agg(DISTINCT nullif(e.sdk_version, ''), chr(31)),
                       string_agg(DISTINCT e.app_version, chr(31)), max(e.last_seen)
                FROM app_sdk e JOIN sdk s ON s.code = e.sdk_code
                WHERE e.package_name = ?1
                GROUP BY s.code, s.name_zh, s.name_en, s.provider_name ORDER BY s.code""")
                .setParameter(1, packageName).getResultList();
        return rows.stream().map(r -> new AppSdk((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                split(r[4]), split(r[5]), instant(r[6]))).toList();
    }

    /** The apps known to embed an SDK (optionally one version of it), in package-name order. */
    @Transactional
    public Page<EmbeddingApp> appsOf(String code, String version, PageRequest page) {
        if (em.find(Sdk.class, code) == null) {
            throw ProblemException.notFound("SDK", code);
        }
        Cursor after = page.after(LIST);
        List<EmbeddingApp> rows = apps(code, version == null ? List.of() : List.of(version),
                after == null ? null : after.text(0), page.limit() + 1);
        return Page.of(rows, page.limit(), app -> Cursor.encode(LIST, app.packageName()), app -> app);
    }

    /** Every app known to embed one of {@code versions} of the SDK (any version when empty). */
    List<EmbeddingApp> embeddingApps(String code, List<String> versions) {
        return apps(code, versions, null, Integer.MAX_VALUE);
    }

    private List<EmbeddingApp> apps(String code, List<String> versions, String afterPackage, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.package_name, a.name, o.name, o.credit_code,
                       string_agg(DISTINCT nullif(e.sdk_version, ''), chr(31)),
                       string_agg(DISTINCT e.app_version, chr(31)), max(e.last_seen),
                       (array_agg(e.app_version ORDER BY e.last_seen DESC, e.app_version DESC))[1]
                FROM app_sdk e JOIN app a ON a.package_name = e.package_name
                JOIN operator o ON o.credit_code = a.operator_credit_code
                WHERE e.sdk_code = ?1 AND (?2 = 0 OR e.sdk_version IN (?3))
                  AND (CAST(?4 AS TEXT) IS NULL OR e.package_name > ?4)
                GROUP BY e.package_name, a.name, o.name, o.credit_code ORDER BY e.package_name LIMIT ?5""")
                .setParameter(1, code).setParameter(2, versions.size())
                .setParameter(3, versions.isEmpty() ? Set.of("") : Set.copyOf(versions))
                .setParameter(4, afterPackage).setParameter(5, limit).getResultList();
        return rows.stream().map(r -> new EmbeddingApp((String) r[0], (String) r[1], (String) r[2],
                ((String) r[3]).strip(), split(r[4]), newestFirst(split(r[5]), (String) r[7]), instant(r[6])))
                .toList();
    }

    /** Replaces what detection last reported of one app version's SDKs; unknown SDKs are refused, new versions added. */
    @Transactional
    public List<AppSdk> replaceInventory(String packageName, InventoryRequest request) {
        requireApp(packageName);
        List<String> codes = request.sdks().stream().map(InventoryRequest.Entry::sdk).toList();
        Set<String> known = codes.isEmpty() ? Set.of() : Set.copyOf(em.createNativeQuery(
                "SELECT code FROM sdk WHERE code IN (?1)").setParameter(1, Set.copyOf(codes)).getResultList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                errors.add(new FieldError("sdks[" + i + "].sdk", "names no registered SDK"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String appVersion = request.appVersion().strip();
        em.createNativeQuery("DELETE FROM app_sdk WHERE package_name = ?1 AND app_version = ?2 AND source = 'INVENTORY'")
                .setParameter(1, packageName).setParameter(2, appVersion).executeUpdate();
        Set<String> written = new java.util.HashSet<>();
        for (InventoryRequest.Entry entry : request.sdks()) {
            String version = entry.version() == null ? "" : entry.version();
            if (!written.add(entry.sdk() + SEPARATOR + version)) {
                continue;
            }
            em.createNativeQuery("INSERT INTO app_sdk (package_name, app_version, sdk_code, sdk_version, source, "
                    + "last_seen) VALUES (?1, ?2, ?3, ?4, 'INVENTORY', now())").setParameter(1, packageName)
                    .setParameter(2, appVersion).setParameter(3, entry.sdk()).setParameter(4, version).executeUpdate();
            if (!version.isEmpty()) {
                em.createNativeQuery("INSERT INTO sdk_version (sdk_code, version) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, entry.sdk()).setParameter(2, version).executeUpdate();
            }
        }
        return ofApp(packageName);
    }

    private void requireApp(String packageName) {
        if (em.createNativeQuery("SELECT 1 FROM app WHERE package_name = ?1").setParameter(1, packageName)
                .getResultList().isEmpty()) {
            throw ProblemException.notFound("App", packageName);
        }
    }

    private static List<String> newestFirst(List<String> versions, String newest) {
        List<String> ordered = new ArrayList<>(versions);
        if (newest != null && ordered.remove(newest)) {
            ordered.add(0, newest);
        }
        return ordered;
    }

    private static List<String> split(Object joined) {
        return joined == null || ((String) joined).isEmpty() ? List.of() : List.of(((String) joined).split(SEPARATOR));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
