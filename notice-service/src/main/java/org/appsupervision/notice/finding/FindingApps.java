package org.appsupervision.notice.finding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The apps and operators named by a bulk write, held once each (never the findings), written in three set-based
 * statements: new operators, new apps, and filing numbers that fill a missing one. Apps already known keep their
 * name and operator; the first line that names an app or operator wins.
 */
final class FindingApps {

    private final Map<String, String[]> apps = new LinkedHashMap<>();
    private final Map<String, String> operators = new LinkedHashMap<>();

    void add(FindingLine line) {
        apps.computeIfAbsent(line.packageName(), p -> new String[] {line.appName().strip(), line.operatorCreditCode(),
                FindingLineCheck.blankToNull(line.filingNumber())});
        operators.putIfAbsent(line.operatorCreditCode(), line.operatorName().strip());
    }

    int size() {
        return apps.size();
    }

    void write(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO operator (credit_code, name, province_code)
                SELECT c, n, substr(c, 3, 2) FROM unnest(?::text[], ?::text[]) AS s(c, n)
                ON CONFLICT (credit_code) DO NOTHING""")) {
            insert.setArray(1, connection.createArrayOf("text", operators.keySet().toArray(String[]::new)));
            insert.setArray(2, connection.createArrayOf("text", operators.values().toArray(String[]::new)));
            insert.executeUpdate();
        }
        int n = apps.size();
        String[] packages = new String[n];
        String[] names = new String[n];
        String[] creditCodes = new String[n];
        String[] filingNumbers = new String[n];
        List<String> filedPackages = new ArrayList<>();
        List<String> filed = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String[]> app : apps.entrySet()) {
            packages[i] = app.getKey();
            names[i] = app.getValue()[0];
            creditCodes[i] = app.getValue()[1];
            filingNumbers[i] = app.getValue()[2];
            if (filingNumbers[i] != null) {
                filedPackages.add(packages[i]);
                filed.add(filingNumbers[i]);
            }
            i++;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO app (package_name, name, operator_credit_code, filing_number)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS s(p, n, o, f) ORDER BY p
                ON CONFLICT (package_name) DO NOTHING""")) {
            insert.setArray(1, connection.createArrayOf("text", packages));
            insert.setArray(2, connection.createArrayOf("text", names));
            insert.setArray(3, connection.createArrayOf("text", creditCodes));
            insert.setArray(4, connection.createArrayOf("text", filingNumbers));
            insert.executeUpdate();
        }
        if (filed.isEmpty()) {
            return;
        }
        try (PreparedStatement fill = connection.prepareStatement("""
                UPDATE app SET filing_number = s.f FROM unnest(?::text[], ?::text[]) AS s(p, f)
                WHERE app.package_name = s.p AND app.filing_number IS NULL""")) {
            fill.setArray(1, connection.createArrayOf("text", filedPackages.toArray(String[]::new)));
            fill.setArray(2, connection.createArrayOf("text", filed.toArray(String[]::new)));
            fill.executeUpdate();
        }
    }
}
