package org.appsupervision.appstore.preinstallation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class PreinstallationRepository implements PanacheRepositoryBase<Preinstallation, Preinstallation.Key> {

    /** A maker's preinstalled apps, by model line and package. */
    public List<Preinstallation> ofMaker(String storeCode) {
        return list("storeCode", Sort.by("modelLine").and("packageName"), storeCode);
    }

    /** Every maker's rows for one package, by maker and model line. */
    public List<Preinstallation> ofPackage(String packageName) {
        return list("packageName", Sort.by("storeCode").and("modelLine"), packageName);
    }

    /**
     * For each of {@code packageNames}, the makers preinstalling it and on which model lines (sorted), in one query:
     * package name to maker code to model lines.
     */
    public Map<String, Map<String, List<String>>> modelLinesByPackage(Collection<String> packageNames) {
        Map<String, Map<String, List<String>>> lines = new HashMap<>();
        if (packageNames.isEmpty()) {
            return lines;
        }
        // The packages as one array parameter: a poll's hundreds of packages are one statement the driver prepares
        // once, not a query with one parameter per package that Hibernate translates again for every size.
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT package_name, store_code, model_line FROM preinstallation
                    WHERE package_name = ANY (CAST(? AS text[])) ORDER BY store_code, model_line""")) {
                select.setArray(1, connection.createArrayOf("text", packageNames.toArray(String[]::new)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lines.computeIfAbsent(rows.getString(1), p -> new TreeMap<>())
                                .computeIfAbsent(rows.getString(2), s -> new ArrayList<>()).add(rows.getString(3));
                    }
                }
            }
        });
        return lines;
    }

    /** Removes a model line's list; returns how many apps it held. */
    public long removeLine(String storeCode, String modelLine) {
        return delete("storeCode = ?1 and modelLine = ?2", storeCode, modelLine);
    }

    /** Inserts a model line's apps in one statement (each column passed as one array). */
    public void insertLine(String storeCode, String modelLine, List<PreinstallationRequest.App> apps, Instant now) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO preinstallation (store_code, model_line, package_name, app_name, updated_at)
                    SELECT ?, ?, a.p, a.n, CAST(? AS timestamptz)
                    FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS a(p, n)""")) {
                insert.setString(1, storeCode);
                insert.setString(2, modelLine);
                insert.setString(3, now.toString());
                insert.setArray(4, connection.createArrayOf("text",
                        apps.stream().map(PreinstallationRequest.App::packageName).toArray(String[]::new)));
                insert.setArray(5, connection.createArrayOf("text",
                        apps.stream().map(PreinstallationRequest.App::appName).toArray(String[]::new)));
                insert.executeUpdate();
            }
        });
    }
}
