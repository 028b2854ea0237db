package org.appsupervision.notice.recheck;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.recheck.RecheckFixtures.OFFICIAL;
import static org.appsupervision.notice.recheck.RecheckFixtures.agency;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.notice.notice.RectificationDeadline;
import org.appsupervision.notice.rectification.RectificationDeadlineWatch;
import org.junit.jupiter.api.Test;

/**
 * Re-checks of SDK items: officials open them (the provider has no login), the rule assigns them by the provider's
 * province, the agency records the result as for an app, and the deadline rule then covers SDK items through them.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class SdkRecheckTest {

    @Inject
    EntityManager em;

    @Inject
    RectificationDeadlineWatch deadlineWatch;

    long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    String payloadOf(String taskId) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "SELECT payload FROM outbox_event WHERE event_type = 'RecheckCompleted' AND payload LIKE '%" + taskId
                        + "%'").getSingleResult()));
    }

    @Test
    void anOfficialOpensTheRecheckOfAnSdkItemAndItsAgencysPassingResultRectifiesIt() {
        RecheckFixtures.matrixAgencies();
        String code = SdkRecheckFixtures.sdk("44", "1.0");
        JsonPath notice = SdkRecheckFixtures.published(code);
        String noticeId = notice.getString("id");
        String item = notice.getString("items[0].itemId");

        io.restassured.response.ValidatableResponse opened = given().auth().oauth2(OFFICIAL)
                .contentType(ContentType.JSON).body(Map.of("itemId", item)).post("/api/rechecks").then()
                .statusCode(201).body("status", equalTo("OPEN")).body("openedBy", equalTo("wang.official"))
                .body("report", nullValue()).body("item.subject", equalTo("SDK"))
                .body("item.sdk.code", equalTo(code)).body("item.sdk.nameZh", equalTo("复检推送SDK"))
                .body("item.sdk.providerName", equalTo("复检推送技术有限公司"))
                .body("item.sdk.versions", equalTo(List.of("1.0"))).body("item.packageName", nullValue())
                .body("item.operatorProvinceCode", equalTo("44"));
        JsonPath task = opened.extract().jsonPath();
        String taskId = task.getString("id");
        opened.header("Location", endsWith("/api/rechecks/" + taskId));
        String holder = task.getString("agencyCode");
        String other = holder.equals(AccessMatrix.AGENCY_P_CODE) ? AccessMatrix.AGENCY_Q_CODE : AccessMatrix.AGENCY_P_CODE;

        // One open re-check per item: a second opening is refused and writes nothing.
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("itemId", item))
                .post("/api/rechecks").then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, count("SELECT count(*) FROM recheck_task WHERE item_id = '" + item + "'"));

        // Only the agency holding the task sees and completes it.
        given().auth().oauth2(agency(holder)).get("/api/agency/tasks/" + taskId).then().statusCode(200)
                .body("item.sdk.code", equalTo(code)).body("report", nullValue());
        given().auth().oauth2(agency(other)).get("/api/agency/tasks/" + taskId).then().statusCode(404);
        given().auth().oauth2(agency(other)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RECTIFIED", "testedVersion", "1.1", "findings", "复测通过"))
                .post("/api/agency/tasks/" + taskId + "/result").then().statusCode(404);
        given().auth().oauth2(agency(holder)).contentType("application/pdf").queryParam("name", "复测报告.pdf")
                .body(RecheckFixtures.PDF).post("/api/agency/tasks/" + taskId + "/evidence").then().statusCode(201);
        given().auth().oauth2(agency(holder)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RECTIFIED", "testedVersion", "1.1", "findings", "复测新版本未发现超范围收集"))
                .post("/api/agency/tasks/" + taskId + "/result").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("result.testedVersion", equalTo("1.1"))
                .body("result.resultHash", notNullValue()).body("result.evidence.size()", equalTo(1));

        given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId).then()
                .body("items[0].rectification.status", equalTo("RECTIFIED"))
                .body("items[0].rectification.basis", equalTo("RECHECK"))
                .body("items[0].rectification.recheckTaskId", equalTo(taskId))
                .body("items[0].rectification.fixedVersion", equalTo("1.1"))
                .body("items[0].rectification.overridden", equalTo(false));
        String payload = payloadOf(taskId);
        assertTrue(payload.contains("\"subject\":\"SDK\"") && payload.contains("\"sdkCode\":\"" + code + "\"")
                && payload.contains("\"reportId\":null") && payload.contains("\"testedVersion\":\"1.1\""), payload);
        given().auth().oauth2(RecheckFixtures.AUDITOR).queryParam("itemId", item).get("/api/rechecks").then()
                .statusCode(200).body("id", equalTo(List.of(taskId)));

        // A rectified item takes no new re-check.
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("itemId", item))
                .post("/api/rechecks").then().statusCode(409);
    }

    @Test
    void byProvinceAssignsTheSdkItemToAnAgencyServingTheProvidersProvince() {
        String xinjiang = RecheckFixtures.creditCode("65").substring(0, 17);
        String agencyCode = xinjiang + org.appsupervision.events.identity.UnifiedSocialCreditCode.checkCharacter(xinjiang);
        RecheckFixtures.matrixAgencies();
        RecheckFixtures.agencyRegistered(agencyCode, List.of("65"));
        RecheckFlowTest.rule("BY_PROVINCE");
        try {
            JsonPath task = SdkRecheckFixtures.opened(SdkRecheckFixtures.sdkItem("65"));
            // Another test may have left an agency serving 65 too: the rule picks among those naming the province.
            assertEquals("by province: serves province 65", task.getString("assignmentReason"));
            given().auth().oauth2(OFFICIAL).get("/api/agencies/" + task.getString("agencyCode")).then()
                    .statusCode(200).body("provinces", equalTo(List.of("65")));
            given().auth().oauth2(org.appsupervision.devstack.TestTokens.bureau("zhao.bureau", "65"))
                    .get("/api/rechecks/" + task.getString("id")).then().statusCode(200);
            given().auth().oauth2(org.appsupervision.devstack.TestTokens.bureau("zhao.bureau", "44"))
                    .get("/api/rechecks/" + task.getString("id")).then().statusCode(404);
        } finally {
            RecheckFlowTest.rule("ROUND_ROBIN");
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                    .body(Map.of("name", "检测机构" + agencyCode, "provinces", List.of("65"), "active", false))
                    .put("/api/agencies/" + agencyCode).then().statusCode(200);
        }
    }

    @Test
    void aFailedRecheckLeavesTheSdkItemUnrectifiedAtTheDeadlineAndNoRecheckOpensAfterIt() {
        RecheckFixtures.matrixAgencies();
        JsonPath notice = SdkRecheckFixtures.published(SdkRecheckFixtures.sdk("44", "1.0"));
        String noticeId = notice.getString("id");
        String item = notice.getString("items[0].itemId");
        JsonPath task = SdkRecheckFixtures.opened(item);
        RecheckFlowTest.result(task.getString("agencyCode"), task.getString("id"), "NOT_RECTIFIED", "1.0");
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId).then()
                .body("items[0].rectification.status", equalTo("PENDING"))
                .body("items[0].rectification.recheckOutcome", equalTo("NOT_RECTIFIED"));

        deadlineWatch.passDeadlinesBefore(RectificationDeadline.today().plusDays(60));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId).then()
                .body("items[0].rectification.deadlinePassedAt", notNullValue())
                .body("items[0].rectification.status", equalTo("PENDING"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("itemId", item))
                .post("/api/rechecks").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/recheck-deadline-passed"))
                .body("title", org.hamcrest.Matchers.containsString(" / "));
        assertEquals(1, count("SELECT count(*) FROM recheck_task WHERE item_id = '" + item + "'"));
    }

    @Test
    void openingIsRefusedForAReportsItemADraftsItemAndBadInputAndWritesNothing() {
        RecheckFixtures.matrixAgencies();
        String enterprise = RecheckFixtures.creditCode("44");
        String reported = RecheckFixtures.itemOf(enterprise);
        RecheckFixtures.submitted(enterprise, reported);
        String code = SdkRecheckFixtures.sdk("44", "1.0");
        String draftItem = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "草稿", "rectificationDays", 10, "apps",
                        List.of(Map.of("subject", "SDK", "sdk", code, "sdkVersions", List.of("1.0"),
                                "problems", List.of("collect-beyond-scope")))))
                .post("/api/notices").then().statusCode(201).extract().path("items[0].itemId");
        long tasks = count("SELECT count(*) FROM recheck_task");

        for (String item : List.of(reported, draftItem)) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("itemId", item))
                    .post("/api/rechecks").then().statusCode(409).contentType("application/problem+json");
        }
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("itemId", java.util.UUID.randomUUID().toString())).post("/api/rechecks").then()
                .statusCode(404).contentType("application/problem+json");
        for (String body : List.of("{}", "{\"itemId\":\"not-a-uuid\"}", "{\"itemId\":null}",
                "{\"itemId\":\"" + reported + "\",\"reason\":\"x\"}")) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/rechecks").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        assertEquals(tasks, count("SELECT count(*) FROM recheck_task"));

        // An app item whose enterprise reported nothing may be re-checked on the officials' initiative.
        String silent = RecheckFixtures.itemOf(RecheckFixtures.creditCode("44"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("itemId", silent))
                .post("/api/rechecks").then().statusCode(201).body("item.subject", equalTo("APP"))
                .body("item.sdk", nullValue()).body("report", nullValue());
        given().auth().oauth2(OFFICIAL).queryParam("status", "OPEN").queryParam("limit", 1000).get("/api/rechecks")
                .then().statusCode(200).body("item.itemId", hasItem(silent)).body("item.itemId", not(hasItem(draftItem)));
    }
}
