package org.appsupervision.penalty.audit;

import static io.restassured.RestAssured.given;
import static org.appsupervision.penalty.cases.CaseDriver.AUDITOR;
import static org.appsupervision.penalty.cases.CaseDriver.BJ_ZHAO;
import static org.appsupervision.penalty.cases.CaseDriver.daysAgo;
import static org.appsupervision.penalty.cases.CaseDriver.open;
import static org.appsupervision.penalty.cases.CaseDriver.path;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.platform.audit.AuditBulk;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class AuditTrailTest {

    private static final String TRAIL = "/api/audit-trail/penalty-service";

    @Inject
    DataSource dataSource;

    @Test
    void recordsWhoOpenedAndMovedACaseWithTheRowBeforeAndAfter() {
        String id = open(BJ_ZHAO, daysAgo(3));
        post(BJ_ZHAO, path(id, "investigation"), Map.of()).statusCode(200);

        JsonPath trail = given().auth().oauth2(AUDITOR).queryParam("table", "penalty_case").queryParam("rowKey", id)
                .get(TRAIL).then().statusCode(200).extract().jsonPath();
        assertEquals(2, trail.getList("entries").size());
        assertEquals("UPDATE", trail.getString("entries[0].operation"));
        assertEquals("zhao.bj", trail.getString("entries[0].actor"));
        assertEquals("FILED", trail.getString("entries[0].before.stage"));
        assertEquals("INVESTIGATION", trail.getString("entries[0].after.stage"));
        assertEquals("INSERT", trail.getString("entries[1].operation"));
        assertEquals("北京豆网科技有限公司", trail.getString("entries[1].after.subject_name"));
        assertNull(trail.get("entries[1].before"));
    }

    @Test
    void sealsTheTrailIntoAChainThatRevealsARecordChangedBehindItsBack() throws SQLException {
        open(BJ_ZHAO, daysAgo(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(AUDITOR)
                .get(TRAIL + "/verification").then().statusCode(200).extract().jsonPath().getInt("unsealed") == 0);
        given().auth().oauth2(AUDITOR).get(TRAIL + "/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("brokenAtChainSeq", equalTo(null));

        long tampered = scalar("SELECT min(chain_seq) FROM audit_trail WHERE table_name = 'penalty_case'");
        asSuperuser("UPDATE audit_trail SET actor = 'someone.else' WHERE chain_seq = " + tampered);
        try {
            given().auth().oauth2(AUDITOR).get(TRAIL + "/verification").then().statusCode(200)
                    .body("intact", equalTo(false)).body("brokenAtChainSeq", equalTo((int) tampered))
                    .body("reason", containsString("changed after it was sealed"));
        } finally {
            asSuperuser("UPDATE audit_trail SET actor = 'zhao.bj' WHERE chain_seq = " + tampered);
        }
        given().auth().oauth2(AUDITOR).get(TRAIL + "/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aDeletedRowsRecordIsSealedAndVerifiedLikeAnyOther() throws SQLException {
        // A deletion's record has no "after": reading it once mistook that NULL for an unsealed chain position, and
        // the verification answered 500 once any row had been deleted.
        execute("CREATE TABLE IF NOT EXISTS audit_probe (id TEXT PRIMARY KEY)");
        execute("SELECT audit_table('audit_probe', 'INSERT OR UPDATE OR DELETE', 'id')");
        execute("INSERT INTO audit_probe VALUES ('deleted-row') ON CONFLICT DO NOTHING");
        execute("DELETE FROM audit_probe WHERE id = 'deleted-row'");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> scalar(
                "SELECT count(*) FROM audit_trail WHERE chain_seq IS NULL") == 0);
        assertTrue(scalar("SELECT count(*) FROM audit_trail WHERE table_name = 'audit_probe' AND operation = 'DELETE' "
                + "AND after IS NULL AND chain_seq IS NOT NULL") >= 1, "the deletion was recorded and sealed");
        given().auth().oauth2(AUDITOR).get(TRAIL + "/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("brokenAtChainSeq", equalTo(null));
    }

    @Test
    void theTrailCannotBeChangedDeletedOrEmptied() {
        open(BJ_ZHAO, daysAgo(1));
        for (String sql : new String[] {"UPDATE audit_trail SET actor = 'x'", "DELETE FROM audit_trail",
                "TRUNCATE audit_trail"}) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void aDeclaredBulkOperationLeavesNoRowRecordsAndOnlyForItsOwnTransaction() throws SQLException {
        long before = scalar("SELECT count(*) FROM audit_trail WHERE table_name = 'holiday_year'");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            AuditBulk.declare(c, "holiday import");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO holiday_year (year, changed_by, changed_at) VALUES (2091, 'import', now())");
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO holiday_year (year, changed_by, changed_at) VALUES (2092, 'li.admin', now())");
            }
            c.commit();
        }
        assertEquals(before + 1, scalar("SELECT count(*) FROM audit_trail WHERE table_name = 'holiday_year'"));
        assertEquals(1, scalar("SELECT count(*) FROM audit_trail WHERE table_name = 'holiday_year' AND row_key = '2092'"));
    }

    @Test
    void onlyAuditorsAndAdminsReadTheTrailOfThisService() {
        given().get(TRAIL).then().statusCode(401);
        given().auth().oauth2(BJ_ZHAO).get(TRAIL).then().statusCode(403);
        given().auth().oauth2(AUDITOR).get(TRAIL).then().statusCode(200);
        given().auth().oauth2(AUDITOR).get("/api/audit-trail/notice-service").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(AUDITOR).queryParam("limit", 501).get(TRAIL).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** What someone with the database's owner rights could do: switch the guard off and edit a record. */
    private void asSuperuser(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only");
            try {
                s.execute(sql);
            } finally {
                s.execute("ALTER TABLE audit_trail ENABLE TRIGGER audit_trail_append_only");
            }
        }
    }
}
