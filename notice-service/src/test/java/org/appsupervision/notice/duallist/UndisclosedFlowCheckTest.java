package org.appsupervision.notice.duallist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/**
 * The check of observed data flows against the latest published dual list of their app version, as officials, the
 * bureau of the operator's province, auditors and the enterprise itself read it.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class UndisclosedFlowCheckTest {

    static final String OFFICIAL = DualListFilingTest.OFFICIAL;
    static final String OPERATOR_A = DualListFilingTest.OPERATOR_A;

    /** One finding of the app at the version, observing the flows. */
    static void finding(String pkg, String version, List<Map<String, Object>> flows) {
        String batch = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("title", "双清单检测", "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 1))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        Map<String, Object> finding = new HashMap<>(Map.of("packageName", pkg, "appName", "甲应用", "version", version,
                "sourceStore", "huawei", "problems", List.of("collect-beyond-scope"),
                "detectedAt", "2021-10-15T09:30:00+08:00", "operatorName", "深圳甲科技有限公司",
                "operatorCreditCode", AccessMatrix.OPERATOR_A_CODE));
        finding.put("observedFlows", flows);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batch, "findings", List.of(finding))).post("/api/findings")
                .then().statusCode(201);
    }

    static Map<String, Object> flow(String activity, String kind, String recipient) {
        Map<String, Object> flow = new HashMap<>(Map.of("activity", activity, "kind", kind));
        if (recipient != null) {
            flow.put("recipient", recipient);
        }
        return flow;
    }

    @Test
    void flowsAreUndisclosedWithoutAPublishedListAndJudgedAgainstItOnceItIsPublishedEvenAfterTheFinding() {
        String pkg = DualListFilingTest.appOfA();
        finding(pkg, "5.0", List.of(flow("COLLECTED", "location", null), flow("COLLECTED", "contacts", null),
                flow("SHARED", "device-id", "  TENCENT ads "), flow("SHARED", "device-id", "字节跳动"),
                flow("SHARED", "location", "Tencent Ads")));

        given().auth().oauth2(OFFICIAL).get("/api/dual-lists/" + pkg).then().statusCode(200)
                .body("versions", hasSize(1)).body("versions[0].appVersion", equalTo("5.0"))
                .body("versions[0].list", nullValue()).body("versions[0].undisclosedCount", equalTo(5))
                .body("versions[0].flows.reason", contains("no dual list", "no dual list", "no dual list",
                        "no dual list", "no dual list"));

        String draft = DualListFilingTest.saveDraft(OPERATOR_A, DualListFilingTest.draft(pkg, "5.0",
                List.of(DualListFilingTest.collected("location")),
                List.of(DualListFilingTest.shared("Tencent Ads", "device-id"))), 201);
        given().auth().oauth2(OFFICIAL).get("/api/dual-lists/" + pkg).then().statusCode(200)
                .body("versions[0].list", nullValue()).body("versions[0].undisclosedCount", equalTo(5));

        DualListFilingTest.publish(draft);
        given().auth().oauth2(OFFICIAL).get("/api/dual-lists/" + pkg).then().statusCode(200)
                .body("versions[0].list.version", equalTo(1))
                .body("versions[0].flows.kind", contains("location", "contacts", "device-id", "device-id", "location"))
                .body("versions[0].flows.disclosed", contains(true, false, true, false, false))
                .body("versions[0].flows.reason", contains(null, "not declared", null, "not declared", "not declared"))
                .body("versions[0].undisclosedCount", equalTo(3));
        given().auth().oauth2(OFFICIAL).queryParam("packageName", pkg).get("/api/findings").then().statusCode(200)
                .body("[0].observedFlows.disclosed", contains(true, false, true, false, false));
    }

    @Test
    void theLatestPublishedVersionOfTheSameAppVersionDecidesAndOtherVersionsHaveNoList() {
        String pkg = DualListFilingTest.appOfA();
        finding(pkg, "6.0", List.of(flow("COLLECTED", "camera", null)));
        finding(pkg, "6.1", List.of(flow("COLLECTED", "camera", null)));
        DualListFilingTest.publish(DualListFilingTest.saveDraft(OPERATOR_A, DualListFilingTest.draft(pkg, "6.0",
                List.of(DualListFilingTest.collected("camera")), List.of()), 201));
        given().auth().oauth2(OFFICIAL).get("/api/dual-lists/" + pkg).then().statusCode(200)
                .body("versions.appVersion", contains("6.1", "6.0"))
                .body("versions[0].flows[0].reason", equalTo("no dual list"))
                .body("versions[1].flows[0].disclosed", equalTo(true));

        DualListFilingTest.publish(DualListFilingTest.saveDraft(OPERATOR_A, DualListFilingTest.draft(pkg, "6.0",
                List.of(DualListFilingTest.collected("audio")), List.of()), 201));
        given().auth().oauth2(OFFICIAL).get("/api/dual-lists/" + pkg).then().statusCode(200)
                .body("versions[1].list.version", equalTo(2))
                .body("versions[1].flows[0].disclosed", equalTo(false))
                .body("versions[1].flows[0].reason", equalTo("not declared"));
        given().auth().oauth2(OPERATOR_A).get("/api/enterprise/dual-lists/apps/" + pkg).then().statusCode(200)
                .body("versions[1].flows[0].reason", equalTo("not declared"))
                .body("history.version", contains(1, 2));
    }

    @Test
    void theBureauOfTheOperatorsProvinceAndAuditorsReadTheViewOtherBureausAndEnterprisesDoNot() {
        String pkg = DualListFilingTest.appOfA();
        finding(pkg, "1.0", List.of(flow("COLLECTED", "sms", null)));
        for (Caller reader : List.of(Caller.OFFICIAL, Caller.APPROVER, Caller.AUDITOR, Caller.ADMIN, Caller.BUREAU_A)) {
            given().auth().oauth2(reader.token()).get("/api/dual-lists/" + pkg).then().statusCode(200)
                    .body("operator.provinceCode", equalTo("44")).body("versions[0].flows", hasSize(1));
        }
        given().auth().oauth2(Caller.BUREAU_B.token()).get("/api/dual-lists/" + pkg).then().statusCode(403);
        given().auth().oauth2(Caller.STORE_X.token()).get("/api/dual-lists/" + pkg).then().statusCode(403);
        given().auth().oauth2(Caller.OPERATOR_B.token()).get("/api/dual-lists/" + pkg).then().statusCode(403);
        given().get("/api/dual-lists/" + pkg).then().statusCode(401);
        given().auth().oauth2(OFFICIAL).get("/api/dual-lists/com.no.such.app").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
