package org.appsupervision.notice.recheck;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.recheck.RecheckFixtures.AUDITOR;
import static org.appsupervision.notice.recheck.RecheckFixtures.OFFICIAL;
import static org.appsupervision.notice.recheck.RecheckFixtures.agency;
import static org.appsupervision.notice.recheck.RecheckFixtures.creditCode;
import static org.appsupervision.notice.recheck.RecheckFixtures.itemOf;
import static org.appsupervision.notice.recheck.RecheckFixtures.operator;
import static org.appsupervision.notice.recheck.RecheckFixtures.submitted;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.notice.notice.RectificationDeadline;
import org.appsupervision.notice.rectification.RectificationDeadlineWatch;
import org.junit.jupiter.api.Test;

/**
 * The loop of a rectification: the enterprise reports, the rule assigns the re-check to an agency, the agency's
 * result drives the item, and at the deadline the items without a passing re-check are the unrectified ones.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class RecheckFlowTest {

    @Inject
    RectificationDeadlineWatch deadlineWatch;

    @Inject
    DataSource database;

    static void rule(String rule) {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("rule", rule))
                .put("/api/rechecks/assignment-rule").then().statusCode(200).body("rule", equalTo(rule));
    }

    /** The agency round-robin assigns next: the first active agency after the last one, in credit-code order. */
    static String nextRoundRobin() {
        List<String> active = given().auth().oauth2(AUDITOR).queryParam("active", true).queryParam("limit", 1000)
                .get("/api/agencies").then().statusCode(200).extract().path("creditCode");
        String last = given().auth().oauth2(AUDITOR).get("/api/rechecks/assignment-rule").then().extract()
                .path("lastAgencyCode");
        return active.stream().sorted().filter(code -> last == null || code.compareTo(last) > 0).findFirst()
                .orElse(active.stream().sorted().findFirst().orElseThrow());
    }

    static JsonPath result(String agencyCode, String task, String outcome, String version) {
        return given().auth().oauth2(agency(agencyCode)).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "testedVersion", version, "findings", "复测结论：" + outcome))
                .post("/api/agency/tasks/" + task + "/result").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void roundRobinAssignsTheActiveAgenciesInTurnAndAPassingRecheckRectifiesTheItem() {
        RecheckFixtures.matrixAgencies();
        rule("ROUND_ROBIN");
        String enterprise = creditCode("44");
        String expected = nextRoundRobin();
        String pkg = "com.recheck.rr" + RecheckFixtures.suffix();
        JsonPath notice = RecheckFixtures.published(enterprise, pkg);
        String itemId = notice.getString("items[0].itemId");
        JsonPath report = submitted(enterprise, itemId);
        assertEquals(expected, report.getString("recheck.agencyCode"));
        assertEquals("OPEN", report.getString("recheck.status"));
        assertTrue(report.getString("reportHash").matches("[0-9a-f]{64}"));
        String second = nextRoundRobin();
        assertTrue(!second.equals(expected), "two agencies are active, so the next task goes to the other");
        assertEquals(second, submitted(enterprise, itemOf(enterprise)).getString("recheck.agencyCode"));

        String task = report.getString("recheck.taskId");
        given().auth().oauth2(agency(expected)).get("/api/agency/tasks/" + task).then().statusCode(200)
                .body("report.fixedVersion", equalTo("2.0"))
                .body("report.evidence[0].sha256", equalTo(org.appsupervision.notice.evidence.EvidenceStore
                        .sha256(RecheckFixtures.PDF)));
        JsonPath done = result(expected, task, "RECTIFIED", "2.0.1");
        assertEquals("COMPLETED", done.getString("status"));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + notice.getString("id")).then()
                .body("items[0].rectification.status", equalTo("RECTIFIED"))
                .body("items[0].rectification.basis", equalTo("RECHECK"))
                .body("items[0].rectification.overridden", equalTo(false))
                .body("items[0].rectification.recheckTaskId", equalTo(task))
                .body("items[0].rectification.fixedVersion", equalTo("2.0.1"));
        given().auth().oauth2(operator(enterprise)).get("/api/enterprise/rectification-reports/" + report.getString("id"))
                .then().statusCode(200).body("recheck.outcome", equalTo("RECTIFIED"))
                .body("item.rectificationStatus", equalTo("RECTIFIED"));
        given().auth().oauth2(OFFICIAL).get("/api/timeline/" + pkg).then().statusCode(200)
                .body("type", hasItems("RECTIFICATION_REPORTED", "RECHECK_COMPLETED"));
        assertEquals(List.of(List.of("RectificationReported"), List.of("RecheckCompleted")), rows(
                "SELECT event_type FROM outbox_event WHERE aggregate_id = '" + itemId + "' AND event_type LIKE 'Re%' "
                        + "AND event_type <> 'RectificationDeadlinePassed' ORDER BY occurred_at"));
    }

    @Test
    void byProvinceAssignsAnAgencyServingTheOperatorsProvince() {
        String xinjiang = creditCode("65").substring(0, 17);
        String agencyCode = xinjiang + org.appsupervision.events.identity.UnifiedSocialCreditCode.checkCharacter(xinjiang);
        RecheckFixtures.matrixAgencies();
        RecheckFixtures.agencyRegistered(agencyCode, List.of("65"));
        rule("BY_PROVINCE");
        try {
            String enterprise = creditCode("65");
            JsonPath report = submitted(enterprise, itemOf(enterprise));
            assertEquals(agencyCode, report.getString("recheck.agencyCode"));
            given().auth().oauth2(OFFICIAL).get("/api/rechecks/" + report.getString("recheck.taskId")).then()
                    .statusCode(200).body("assignedBy", equalTo("rule:BY_PROVINCE"))
                    .body("assignmentReason", equalTo("by province: serves province 65"));
            String elsewhere = creditCode("46");
            String other = submitted(elsewhere, itemOf(elsewhere)).getString("recheck.agencyCode");
            assertTrue(!other.equals(agencyCode), "an agency serving only 65 gets no task of 46 while others serve all");
        } finally {
            rule("ROUND_ROBIN");
        }
    }

    @Test
    void aFailedRecheckLeavesTheItemUnrectifiedAtTheDeadlineAndTheTakedownIsDraftedFromIt() {
        RecheckFixtures.matrixAgencies();
        String enterprise = creditCode("44");
        String failing = "com.recheck.fail" + RecheckFixtures.suffix();
        String passing = "com.recheck.pass" + RecheckFixtures.suffix();
        String noticeId = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "rectificationDays", 10,
                        "apps", List.of(app(failing, enterprise), app(passing, enterprise))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(RecheckFixtures.APPROVER).post("/api/notices/" + noticeId + "/approval").then().statusCode(200);
        JsonPath notice = given().auth().oauth2(RecheckFixtures.APPROVER).post("/api/notices/" + noticeId + "/publication")
                .then().statusCode(200).extract().jsonPath();
        String failItem = notice.getString("items[0].itemId");
        String passItem = notice.getString("items[1].itemId");

        JsonPath first = submitted(enterprise, failItem);
        result(first.getString("recheck.agencyCode"), first.getString("recheck.taskId"), "NOT_RECTIFIED", "2.0");
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId).then()
                .body("items[0].rectification.status", equalTo("PENDING"))
                .body("items[0].rectification.recheckOutcome", equalTo("NOT_RECTIFIED"))
                .body("items[0].rectification.basis", nullValue());
        JsonPath again = submitted(enterprise, failItem);
        assertTrue(!again.getString("recheck.taskId").equals(first.getString("recheck.taskId")));
        result(again.getString("recheck.agencyCode"), again.getString("recheck.taskId"), "NOT_RECTIFIED", "2.1");
        JsonPath pass = submitted(enterprise, passItem);
        result(pass.getString("recheck.agencyCode"), pass.getString("recheck.taskId"), "RECTIFIED", "2.0");

        deadlineWatch.passDeadlinesBefore(RectificationDeadline.today().plusDays(60));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId).then()
                .body("items[0].rectification.deadlinePassedAt", not(nullValue()))
                .body("items[1].rectification.deadlinePassedAt", nullValue());
        JsonPath takedown = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("sourceNoticeId", noticeId, "kind", "TAKEDOWN", "title", "关于下架侵害用户权益APP名单的通报"))
                .post("/api/notices/from-unrectified").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of(failing), takedown.getList("items.packageName"));
        assertEquals(List.of(List.of("1")), rows("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + failItem
                + "' AND event_type = 'RectificationDeadlinePassed'"));

        // After the deadline the enterprise reports no more, and nothing is written.
        Object before = rows("SELECT count(*) FROM rectification_report WHERE item_id = '" + failItem + "'");
        given().auth().oauth2(operator(enterprise)).contentType(ContentType.JSON)
                .body(Map.of("itemId", failItem, "changes", "再次整改", "fixedVersion", "3.0"))
                .post("/api/enterprise/rectification-reports").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/deadline-passed"))
                .body("title", org.hamcrest.Matchers.containsString(" / "));
        assertEquals(before, rows("SELECT count(*) FROM rectification_report WHERE item_id = '" + failItem + "'"));
    }

    @Test
    void anOfficialsOverrideNeedsAReasonAndShowsWhoOverrode() {
        String enterprise = creditCode("44");
        JsonPath notice = RecheckFixtures.published(enterprise, "com.recheck.ovr" + RecheckFixtures.suffix());
        String path = "/api/notices/" + notice.getString("id") + "/items/" + notice.getString("items[0].itemId")
                + "/rectification";
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("status", "RECTIFIED", "fixedVersion", "5.0")).put(path).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("status", "RECTIFIED", "fixedVersion", "5.0", "reason", "现场核查已整改")).put(path)
                .then().statusCode(204);
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + notice.getString("id")).then()
                .body("items[0].rectification.overridden", equalTo(true))
                .body("items[0].rectification.basis", equalTo("OVERRIDE"))
                .body("items[0].rectification.overrideReason", equalTo("现场核查已整改"))
                .body("items[0].rectification.setBy", equalTo("wang.official"));
        assertEquals(List.of(List.of("wang.official")), rows("SELECT actor FROM audit_trail WHERE table_name = "
                + "'item_rectification' AND row_key = '" + notice.getString("items[0].itemId") + "' AND operation = 'UPDATE'"));
    }

    @Test
    void aReassignedTaskLeavesTheFormerAgencyAndIsCompletedOnce() {
        RecheckFixtures.matrixAgencies();
        String enterprise = creditCode("44");
        String task = RecheckFixtures.taskOf(enterprise, AccessMatrix.AGENCY_P_CODE);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", AccessMatrix.AGENCY_Q_CODE, "reason", "回避"))
                .post("/api/rechecks/" + task + "/assignment").then().statusCode(200)
                .body("agencyCode", equalTo(AccessMatrix.AGENCY_Q_CODE)).body("assignedBy", equalTo("wang.official"));
        Object before = rows("SELECT status, outcome FROM recheck_task WHERE id = '" + task + "'");
        given().auth().oauth2(agency(AccessMatrix.AGENCY_P_CODE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RECTIFIED", "testedVersion", "2.0", "findings", "通过"))
                .post("/api/agency/tasks/" + task + "/result").then().statusCode(404);
        given().auth().oauth2(agency(AccessMatrix.AGENCY_P_CODE)).get("/api/agency/tasks/" + task).then().statusCode(404);
        assertEquals(before, rows("SELECT status, outcome FROM recheck_task WHERE id = '" + task + "'"));
        result(AccessMatrix.AGENCY_Q_CODE, task, "RECTIFIED", "2.0");
        Object done = rows("SELECT status, outcome, completed_at FROM recheck_task WHERE id = '" + task + "'");
        given().auth().oauth2(agency(AccessMatrix.AGENCY_Q_CODE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_RECTIFIED", "testedVersion", "2.0", "findings", "改口"))
                .post("/api/agency/tasks/" + task + "/result").then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(done, rows("SELECT status, outcome, completed_at FROM recheck_task WHERE id = '" + task + "'"));
        assertTrue(rows("SELECT count(*) FROM audit_trail WHERE table_name = 'recheck_task' AND row_key = '" + task
                + "' AND actor = 'wang.official'").toString().matches("\\[\\[[1-9]\\d*\\]\\]"));
    }

    static Map<String, Object> app(String pkg, String creditCode) {
        return Map.of("name", "复检应用", "packageName", pkg, "version", "1.0",
                "operator", Map.of("name", "复检测试科技有限公司", "creditCode", creditCode),
                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"), "refusedRectification", false);
    }

    Object rows(String sql) {
        return AccessMatrix.rows(database, sql).get();
    }
}
