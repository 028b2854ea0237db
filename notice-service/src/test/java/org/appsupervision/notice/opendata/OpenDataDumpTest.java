package org.appsupervision.notice.opendata;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.OpenDataCheck;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * notice-service's open data: a day's dump of the published notices (a row per item and store, as the public notice
 * shows them) and of the statistics, its checksums and row counts against the files and the database, read back by
 * outside readers, a second dump of the day answering the first unchanged, and the tables refusing any change.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class OpenDataDumpTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");
    static final String ADMIN = TestTokens.user("admin", "admin");
    static final String BASE = "/api/public/open-data/notice-service";

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "notices", Set.copyOf(PublishedNoticesDataset.COLUMNS),
            "notice-statistics", Set.of("day", "notice_kind", "notices", "apps", "archived_notices"),
            "problem-statistics", Set.of("day", "problem_code", "problem_zh", "problem_en", "apps"));

    @Inject
    DataSource database;

    @Test
    void aDaysDumpMatchesItsFilesTheDatabaseAndThePublicNotices() throws SQLException {
        LocalDate day = unusedDay();
        String noticeId = publishOn(day, List.of("huawei", "xiaomi"));
        publishOn(day, List.of());

        Response written = dump(day);
        assertEquals(201, written.statusCode(), written.asString());
        String manifest = given().get(BASE + "/manifests/" + day).then().statusCode(200).extract().asString();
        List<String> faults = new ArrayList<>();
        List<OpenDataCheck.Read> reads = OpenDataCheck.check(manifest, this::fetch, ALLOWED, faults);
        assertEquals(List.of(), faults);
        assertEquals(6, reads.size());

        OpenDataCheck.Read notices = reads.stream().filter(r -> r.name().equals("notices-" + day + ".csv")).findFirst()
                .orElseThrow();
        assertEquals(count("""
                SELECT count(*) FROM notice n JOIN notice_item i ON i.notice_id = n.id
                LEFT JOIN notice_item_store s ON s.item_id = i.id
                WHERE n.status = 'PUBLISHED' AND (n.published_at AT TIME ZONE 'Asia/Shanghai')::date = ?""", day),
                notices.csv().size());
        assertEquals(3, notices.csv().size());
        JsonPath published = given().get("/api/public/notices/" + noticeId).then().statusCode(200).extract().jsonPath();
        Set<String> shown = new TreeSet<>();
        for (Map<String, Object> row : published.<Map<String, Object>>getList("rows")) {
            shown.add(row.get("appName") + "|" + row.get("developer") + "|" + row.get("source") + "|"
                    + row.get("version") + "|" + problems((String) row.get("problems")));
        }
        Set<String> dumped = new TreeSet<>();
        notices.csv().stream().filter(r -> r.get("notice_id").equals(noticeId)).forEach(r -> dumped.add(
                r.get("app_name") + "|" + r.get("developer") + "|" + r.get("source") + "|" + r.get("version") + "|"
                        + problems(r.get("problems"))));
        assertEquals(shown, dumped);

        OpenDataCheck.Read statistics = reads.stream()
                .filter(r -> r.name().equals("notice-statistics-" + day + ".jsonl")).findFirst().orElseThrow();
        assertEquals(List.of(Map.of("day", day.toString(), "notice_kind", "RECTIFICATION", "notices", "2",
                "apps", "2", "archived_notices", "0")), statistics.jsonl());
        JsonPath figures = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get(BASE + "/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(2, figures.getInt("datasets.notice-statistics[0].notices"));
        assertEquals(statistics.jsonl().size(), figures.getList("datasets.notice-statistics").size());
    }

    @Test
    void aSecondDumpOfTheDayAnswersTheFirstUnchangedAndFilesAreCachedByTheirChecksum() {
        LocalDate day = unusedDay();
        publishOn(day, List.of("oppo"));
        JsonPath first = dump(day).then().statusCode(201).extract().jsonPath();
        publishOn(day, List.of("vivo"));
        JsonPath second = dump(day).then().statusCode(200).extract().jsonPath();
        assertEquals(first.getString("generatedAt"), second.getString("generatedAt"));
        assertEquals(first.getList("files"), second.getList("files"));
        String name = first.getString("files[0].name");
        Response file = given().get(BASE + "/files/" + day + "/" + name);
        file.then().statusCode(200).header("ETag", "\"" + first.getString("files[0].sha256") + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        assertEquals(first.getString("files[0].sha256"), OpenDataCheck.sha256(file.asByteArray()));
        given().header("If-None-Match", file.header("ETag")).get(BASE + "/files/" + day + "/" + name)
                .then().statusCode(304);
    }

    @Test
    void theTablesRefuseAnyChangeOrRemovalBySql() {
        LocalDate day = unusedDay();
        dump(day).then().statusCode(201);
        for (String sql : List.of("UPDATE open_data_file SET content = 'x'::bytea WHERE day = '" + day + "'",
                "DELETE FROM open_data_file WHERE day = '" + day + "'",
                "UPDATE open_data_manifest SET licence = 'none' WHERE day = '" + day + "'",
                "DELETE FROM open_data_manifest WHERE day = '" + day + "'", "TRUNCATE open_data_file CASCADE")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql), sql);
            assertEquals("P0001", refused.getSQLState(), sql);
        }
    }

    @Test
    void onlyDaysThatHaveEndedAreDumpedAndOnlyByAdmins() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("date", today.toString()))
                .post("/api/admin/open-data/notice-service/dumps").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("date", "2010-01-01"))
                .post("/api/admin/open-data/notice-service/dumps").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("date", "2010-01-01"))
                .post("/api/admin/open-data/appstore-service/dumps").then().statusCode(404);
        given().get(BASE + "/files/2010-01-01/secrets.txt").then().statusCode(404);
    }

    @Test
    void theContactDataScanFindsWhatItLooksFor() {
        assertTrue(OpenDataCheck.looksLikeContactData("投诉人 13812345678"));
        assertTrue(OpenDataCheck.looksLikeContactData("wang@example.cn"));
        assertTrue(OpenDataCheck.looksLikeContactData("010-12345678"));
        assertTrue(OpenDataCheck.looksLikeContactData("11010519491231002X"));
        assertFalse(OpenDataCheck.looksLikeContactData("91110108551385082Q,5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60,2021-12-09"));
    }

    OpenDataCheck.Fetched fetch(String name) {
        String date = name.replaceAll(".*-(\\d{4}-\\d{2}-\\d{2})\\..*", "$1");
        Response file = given().get(BASE + "/files/" + date + "/" + name).then().statusCode(200).extract().response();
        return new OpenDataCheck.Fetched(file.asByteArray(), file.contentType(), file.header("ETag"));
    }

    static Response dump(LocalDate day) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("date", day.toString()))
                .post("/api/admin/open-data/notice-service/dumps");
    }

    /** A published rectification notice of one app, moved to noon of the given (past) day. */
    String publishOn(LocalDate day, List<String> stores) {
        String appName = "开放数据应用" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报",
                "rectificationDays", 6, "apps", List.of(Map.of("name", appName,
                        "packageName", "com.opendata.a" + System.nanoTime(), "version", "1.0.2",
                        "operator", Map.of("name", "北京豆网科技有限公司", "creditCode", "91110108551385082Q"),
                        "problems", List.of("collect-beyond-scope", "excessive-permissions"),
                        "stores", stores, "refusedRectification", false))));
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(
                "SELECT count(*) FROM notice WHERE id = '" + id + "' AND status = 'PUBLISHED'", null) == 1);
        try {
            // Published notices are frozen by a trigger; this session alone skips triggers to move one into the past.
            execute("SET session_replication_role = replica; UPDATE notice SET published_at = '" + day
                    + "T12:00:00+08:00' WHERE id = '" + id + "'; SET session_replication_role = DEFAULT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    static String problems(String text) {
        return new TreeSet<>(List.of(text.split("、"))).toString();
    }

    /** A day long ago that no other test dumps (dumps never change, so each test takes its own day). */
    static LocalDate unusedDay() {
        return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6000));
    }

    long count(String sql, LocalDate day) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (day != null) {
                s.setObject(1, day);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
