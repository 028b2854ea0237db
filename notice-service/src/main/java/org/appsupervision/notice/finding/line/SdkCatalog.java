package org.appsupervision.notice.finding.line;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The SDK registry as an import checks against it: the registered codes and the package prefixes by which a class
 * is recognised as an SDK (the longest registered prefix that covers it at a segment boundary).
 */
public final class SdkCatalog {

    public static final SdkCatalog EMPTY = new SdkCatalog(Set.of(), Map.of());

    private final Set<String> codes;
    private final Map<String, String> prefixes;

    public SdkCatalog(Set<String> codes, Map<String, String> prefixes) {
        this.codes = Set.copyOf(codes);
        this.prefixes = Map.copyOf(prefixes);
    }

    /** The registry as it is in the write's transaction. */
    public static SdkCatalog read(Connection connection) throws SQLException {
        Set<String> codes = new HashSet<>();
        Map<String, String> prefixes = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT code FROM sdk")) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT prefix, sdk_code FROM sdk_package_prefix")) {
                while (rows.next()) {
                    prefixes.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return new SdkCatalog(codes, prefixes);
    }

    boolean isRegistered(String code) {
        return codes.contains(code);
    }

    /** The code of the SDK whose longest prefix covers the class or package, or null when none does. */
    String recognise(String classOrPackage) {
        String candidate = classOrPackage;
        while (true) {
            String code = prefixes.get(candidate);
            if (code != null) {
                return code;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot <= 0) {
                return null;
            }
            candidate = candidate.substring(0, dot);
        }
    }

    /** The SDK a good line names: its {@code sdk}, else the one its {@code sdkPackage} is recognised as. */
    public String sdkOf(FindingLine line) {
        if (line.sdk() != null) {
            return line.sdk().strip();
        }
        return line.sdkPackage() == null ? null : recognise(line.sdkPackage().strip());
    }
}
