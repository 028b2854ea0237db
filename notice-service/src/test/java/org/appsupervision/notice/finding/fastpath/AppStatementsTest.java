package org.appsupervision.notice.finding.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.notice.finding.line.FindingLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writing of a bulk write's apps on its own, against the real PostgreSQL: each case runs in a transaction that is
 * rolled back, once looking the apps up first and once inserting them first, which must come to the same rows.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class AppStatementsTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void insertsNewAppsWithTheirNewOperatorsAndCountsNoneAsKnown(boolean lookUpFirst) throws SQLException {
        String code = creditCode();
        String a = packageName();
        String b = packageName();
        FindingApps apps = new FindingApps();
        apps.add(line(a, "应用甲", "新公司", code, "京ICP备05002222号-2A"));
        apps.add(line(b, "应用乙", "新公司", code, null));

        inRolledBackTransaction(connection -> {
            assertEquals(0, AppStatements.write(connection, apps.takeChunk(), lookUpFirst));
            assertEquals(List.of("新公司", "11"), row(connection, "SELECT name, province_code FROM operator "
                    + "WHERE credit_code = ?", code));
            assertEquals(Arrays.asList("应用甲", code, "京ICP备05002222号-2A"), app(connection, a));
            assertEquals(Arrays.asList("应用乙", code, null), app(connection, b));
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aKnownAppKeepsItsNameAndOperatorAndGetsTheFilesFilingNumberOnlyWhereItHadNone(boolean lookUpFirst)
            throws SQLException {
        String code = creditCode();
        String unfiled = packageName();
        String filed = packageName();
        String fresh = packageName();
        FindingApps earlier = new FindingApps();
        earlier.add(line(unfiled, "旧名", "旧公司", code, null));
        earlier.add(line(filed, "旧名", "旧公司", code, "京ICP备00000001号-1A"));
        FindingApps file = new FindingApps();
        file.add(line(unfiled, "新名", "旧公司", code, "京ICP备05002222号-2A"));
        file.add(line(filed, "新名", "旧公司", code, "京ICP备05002222号-3A"));
        file.add(line(fresh, "新应用", "旧公司", code, null));

        inRolledBackTransaction(connection -> {
            AppStatements.write(connection, earlier.takeChunk());
            assertEquals(2, AppStatements.write(connection, file.takeChunk(), lookUpFirst));
            assertEquals(Arrays.asList("旧名", code, "京ICP备05002222号-2A"), app(connection, unfiled));
            assertEquals(Arrays.asList("旧名", code, "京ICP备00000001号-1A"), app(connection, filed));
            assertEquals(Arrays.asList("新应用", code, null), app(connection, fresh));
        });
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inRolledBackTransaction(Work work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static List<String> app(Connection connection, String packageName) throws SQLException {
        return row(connection, "SELECT name, operator_credit_code, filing_number FROM app WHERE package_name = ?",
                packageName);
    }

    private static List<String> row(Connection connection, String query, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        values.add(rows.getString(i));
                    }
                }
                return values;
            }
        }
    }

    private static String packageName() {
        return "com.statements.app" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong());
    }

    /** A credit code of Beijing (digits 3-4 are 11) that no other test uses. */
    private static String creditCode() {
        return "9111" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
    }

    private static FindingLine line(String packageName, String appName, String operator, String creditCode,
            String filingNumber) {
        return new FindingLine(packageName, appName, "1.0", "huawei", List.of("collect-beyond-scope"), null, null,
                "2021-10-20", operator, creditCode, filingNumber);
    }
}
