package org.appsupervision.notice.finding.fastpath;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.notice.finding.fastpath.FindingApps.Chunk;

/**
 * Writes a chunk of a bulk write's apps and operators in three set-based statements: new operators, new apps, and
 * filing numbers that fill a missing one. Apps already known keep their name and operator.
 */
public final class AppStatements {

    private AppStatements() {
    }

    /** Writes the chunk, looking its apps up first (best when most are known already). */
    public static void write(Connection connection, Chunk chunk) throws SQLException {
        write(connection, chunk, true);
    }

    /**
     * Writes the chunk and answers how many of its apps were known already. Known apps are not inserted again;
     * those that lack a filing number get the file's. With {@code lookUpFirst} the apps are looked up and only
     * the new ones inserted (a second import of the same apps, the common case, costs one lookup each);
     * otherwise all are inserted at once and those the insert skipped are the known ones (a file of new apps
     * costs one insert each and no lookup).
     */
    static int write(Connection connection, Chunk chunk, boolean lookUpFirst) throws SQLException {
        if (chunk.size() == 0 && chunk.operators().isEmpty()) {
            return 0;
        }
        insertOperators(connection, chunk.operators());
        String[] names = chunk.names();
        String[][] fields = chunk.fields();
        return lookUpFirst ? lookUpThenInsert(connection, names, fields)
                : insertThenSeeKnown(connection, names, fields);
    }

    private static void insertOperators(Connection connection, List<String[]> operators) throws SQLException {
        if (operators.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO operator (credit_code, name, province_code)
                SELECT c, n, substr(c, 3, 2) FROM unnest(?::text[], ?::text[]) AS s(c, n)
                ON CONFLICT (credit_code) DO NOTHING""")) {
            insert.setArray(1, connection.createArrayOf("text", operators.stream().map(o -> o[0]).toArray()));
            insert.setArray(2, connection.createArrayOf("text", operators.stream().map(o -> o[1]).toArray()));
            insert.executeUpdate();
        }
    }

    /**
     * Looks the apps up, inserts the new ones and fills the known ones that lack a filing number; answers how many
     * were known.
     */
    private static int lookUpThenInsert(Connection connection, String[] names, String[][] fields) throws SQLException {
        Map<String, Boolean> found = lackingFilingNumber(connection, names);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!found.containsKey(names[i])) {
                fresh.add(i);
            }
        }
        insert(connection, names, fields, fresh, false);
        Set<String> known = new HashSet<>();
        found.forEach((name, lacking) -> {
            if (lacking) {
                known.add(name);
            }
        });
        fill(connection, names, fields, known);
        return found.size();
    }

    /** Inserts every app, then fills those the insert skipped (the known ones); answers how many were known. */
    private static int insertThenSeeKnown(Connection connection, String[] names, String[][] fields)
            throws SQLException {
        List<Integer> all = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            all.add(i);
        }
        Set<String> inserted = insert(connection, names, fields, all, true);
        Set<String> known = new HashSet<>();
        for (String name : names) {
            if (!inserted.contains(name)) {
                known.add(name);
            }
        }
        fill(connection, names, fields, known);
        return known.size();
    }

    /**
     * Inserts the apps at these indexes unless known; with {@code answer}, answers the names it inserted (else
     * an empty set: returning every name costs a tenth of the insert).
     */
    private static Set<String> insert(Connection connection, String[] names, String[][] fields, List<Integer> at,
            boolean answer) throws SQLException {
        Set<String> inserted = new HashSet<>();
        if (at.isEmpty()) {
            return inserted;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO app (package_name, name, operator_credit_code, filing_number)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS s(p, n, o, f) ORDER BY p
                ON CONFLICT (package_name) DO NOTHING""" + (answer ? " RETURNING package_name" : ""))) {
            insert.setArray(1, connection.createArrayOf("text", at.stream().map(i -> names[i]).toArray()));
            insert.setArray(2, connection.createArrayOf("text", at.stream().map(i -> fields[i][0]).toArray()));
            insert.setArray(3, connection.createArrayOf("text", at.stream().map(i -> fields[i][2]).toArray()));
            insert.setArray(4, connection.createArrayOf("text", at.stream().map(i -> fields[i][3]).toArray()));
            if (!answer) {
                insert.executeUpdate();
                return inserted;
            }
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
        }
        return inserted;
    }

    /** Gives the known apps among {@code candidates} the file's filing number where they have none. */
    private static void fill(Connection connection, String[] names, String[][] fields, Set<String> candidates)
            throws SQLException {
        List<String> filedPackages = new ArrayList<>();
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (fields[i][3] != null && candidates.contains(names[i])) {
                filedPackages.add(names[i]);
                filed.add(fields[i][3]);
            }
        }
        if (filed.isEmpty()) {
            return;
        }
        try (PreparedStatement fill = connection.prepareStatement("""
                UPDATE app SET filing_number = s.f FROM unnest(?::text[], ?::text[]) AS s(p, f)
                WHERE app.package_name = s.p AND app.filing_number IS NULL""")) {
            fill.setArray(1, connection.createArrayOf("text", filedPackages.toArray()));
            fill.setArray(2, connection.createArrayOf("text", filed.toArray()));
            fill.executeUpdate();
        }
    }

    /**
     * The apps of these names that are known already, each with whether it lacks a filing number: they are not
     * inserted again, and only those lacking one get it from the file (a second import of the same apps, the
     * common case, then costs one lookup each).
     */
    private static Map<String, Boolean> lackingFilingNumber(Connection connection, String[] names)
            throws SQLException {
        Map<String, Boolean> known = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT package_name, filing_number IS NULL FROM app WHERE package_name = ANY (?::text[])")) {
            query.setArray(1, connection.createArrayOf("text", names));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    known.put(rows.getString(1), rows.getBoolean(2));
                }
            }
        }
        return known;
    }
}
