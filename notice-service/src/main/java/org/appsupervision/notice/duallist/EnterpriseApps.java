package org.appsupervision.notice.duallist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.appsupervision.notice.duallist.DualListView.AppVersions;
import org.appsupervision.notice.duallist.DualListView.VersionState;
import org.appsupervision.notice.enterprise.EnterpriseScope;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;

/** An enterprise's apps with their versions (those with findings or lists) and the state of each version's list. */
@ApplicationScoped
public class EnterpriseApps {

    private static final String LIST = "enterprise-dual-list-apps";

    private final DualListStore store;

    public EnterpriseApps(DualListStore store) {
        this.store = store;
    }

    /** The enterprise's apps in package-name order, paged. */
    @Transactional
    public Page<AppVersions> of(EnterpriseScope scope, PageRequest page) {
        Cursor after = page.after(LIST);
        String from = after == null ? "" : after.text(0);
        return store.sql(c -> {
            Map<String, String> names = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT package_name, name FROM app WHERE "
                    + "operator_credit_code = ? AND package_name > ? ORDER BY package_name LIMIT ?")) {
                s.setString(1, scope.creditCode());
                s.setString(2, from);
                s.setInt(3, page.limit() + 1);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        names.put(r.getString(1), r.getString(2));
                    }
                }
            }
            Map<String, Map<String, VersionState>> versions = new LinkedHashMap<>();
            names.keySet().forEach(p -> versions.put(p, new TreeMap<>(DualListCheckService.AppVersionOrder.NEWEST_FIRST)));
            if (!names.isEmpty()) {
                java.sql.Array packages = c.createArrayOf("text", names.keySet().toArray());
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT package_name, app_version, coalesce(max(version) FILTER (WHERE status = 'PUBLISHED'), 0),
                               (array_agg(id) FILTER (WHERE status = 'DRAFT'))[1]
                        FROM dual_list WHERE package_name = ANY (?) GROUP BY package_name, app_version
                        UNION ALL
                        SELECT DISTINCT package_name, app_version, 0, NULL::uuid FROM finding
                        WHERE package_name = ANY (?)""")) {
                    s.setArray(1, packages);
                    s.setArray(2, packages);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            VersionState state = new VersionState(r.getString(2), r.getInt(3), (UUID) r.getObject(4));
                            versions.get(r.getString(1)).merge(state.appVersion(), state, (a, b) ->
                                    a.publishedVersion() > 0 || a.draftId() != null ? a : b);
                        }
                    }
                }
            }
            List<AppVersions> rows = new ArrayList<>();
            names.forEach((p, n) -> rows.add(new AppVersions(p, n, List.copyOf(versions.get(p).values()))));
            return Page.of(rows, page.limit(), a -> Cursor.encode(LIST, a.packageName()), a -> a);
        });
    }
}
