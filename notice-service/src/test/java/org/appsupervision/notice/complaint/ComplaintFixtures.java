package org.appsupervision.notice.complaint;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.devstack.TestTokens;

/** Complaints, apps and stores for the complaint tests, and row counts to show what a refused request wrote. */
public final class ComplaintFixtures {

    public static final String OFFICIAL = TestTokens.user("wang.official", "official");
    public static final String ADMIN = TestTokens.user("root.admin", "admin");
    public static final String AUDITOR = TestTokens.user("li.auditor", "auditor");
    public static final String GUANGDONG = TestTokens.bureau("chen.gd", "44");
    public static final String SICHUAN = TestTokens.bureau("zhao.sc", "51");
    /** An operator registered in 广东 (44). */
    public static final String OPERATOR_44 = "9144030071526726XG";
    /** The smallest PNG: one transparent pixel. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private ComplaintFixtures() {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A client address of its own, so that caps and duplicates of other tests do not meet this one's. */
    public static String address() {
        return "198.51." + (int) (Math.random() * 255) + "." + (int) (Math.random() * 255) + "-" + suffix();
    }

    /** A store of the registry copy that only the complaint tests use (others read the copy's real codes). */
    public static final String STORE = "complaint-test-store";

    public static void store(DataSource database) {
        execute(database, "INSERT INTO store (code, name_zh, name_en, active, changed_at) VALUES ('" + STORE
                + "', '投诉测试商店', 'Complaint test store', true, now()) ON CONFLICT (code) DO NOTHING");
    }

    /** Registers an app of 广东's operator; answers its package name. */
    public static String registeredApp() {
        String pkg = "com.complaint.app" + suffix();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("name", "投诉应用", "packageName", pkg,
                        "operator", Map.of("name", "深圳市某科技有限公司", "creditCode", OPERATOR_44)))
                .put("/api/apps/" + pkg).then().statusCode(200);
        return pkg;
    }

    public static Map<String, Object> complaint(String pkg, String... problems) {
        Map<String, Object> body = new HashMap<>();
        body.put("appName", "投诉应用");
        body.put("packageName", pkg);
        body.put("store", STORE);
        body.put("problems", List.of(problems.length == 0 ? new String[] {"collect-beyond-scope"} : problems));
        body.put("description", "首次打开就要求读取通讯录，拒绝后无法使用");
        return body;
    }

    public static ValidatableResponse file(Map<String, Object> body, String address) {
        return given().contentType(ContentType.JSON).header(PublicComplaintResource.CLIENT_ADDRESS, address)
                .body(body).post("/api/public/complaints").then();
    }

    /** Files a complaint from a fresh address; answers {trackingNumber, id}. */
    public static String[] filed(Map<String, Object> body, DataSource database) {
        String number = file(body, address()).statusCode(201).extract().path("trackingNumber");
        return new String[] {number, text(database, "SELECT id FROM complaint WHERE tracking_number = '" + number + "'")};
    }

    public static long count(DataSource database, String sql) {
        return Long.parseLong(text(database, sql));
    }

    /** Rows of every complaint table, to show that a refused request wrote nothing. */
    public static String rows(DataSource database) {
        return text(database, "SELECT (SELECT count(*) FROM complaint) || '/' || (SELECT count(*) FROM complaint_private)"
                + " || '/' || (SELECT count(*) FROM complaint_screenshot) || '/' || (SELECT coalesce(sum(repeats), 0) "
                + "FROM complaint)");
    }

    public static String text(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? String.valueOf(result.getObject(1)) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
