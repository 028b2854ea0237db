package org.appsupervision.notice.finding.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** Findings may name the data flows they observed: entered as JSON or imported as NDJSON, kept in finding_flow. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ObservedFlowImportTest {

    private static final String OFFICIAL = FindingImportTest.OFFICIAL;

    @Inject
    EntityManager em;

    static Map<String, Object> withFlows(String pkg, List<Map<String, Object>> flows) {
        Map<String, Object> finding = new HashMap<>(FindingImportTest.finding(pkg, "collect-beyond-scope"));
        finding.put("observedFlows", flows);
        return finding;
    }

    static Map<String, Object> flow(String activity, String kind, String recipient) {
        Map<String, Object> flow = new HashMap<>();
        flow.put("activity", activity);
        flow.put("kind", kind);
        if (recipient != null) {
            flow.put("recipient", recipient);
        }
        return flow;
    }

    static String pkg() {
        return "com.flows.f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void findingsEnteredAsJsonKeepTheirFlowsAndShowThemUndisclosedWithoutADualList() {
        String batchId = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        String pkg = pkg();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(
                        withFlows(pkg, List.of(flow("COLLECTED", "contacts", null),
                                flow("SHARED", "device-id", "腾讯广告"))),
                        FindingImportTest.finding(pkg, "excessive-permissions"))))
                .post("/api/findings").then().statusCode(201).body("written", equalTo(2));

        given().auth().oauth2(OFFICIAL).queryParam("batchId", batchId).get("/api/findings").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].observedFlows.kind", contains("contacts", "device-id"))
                .body("[0].observedFlows.recipient", contains(null, "腾讯广告"))
                .body("[0].observedFlows.disclosed", contains(false, false))
                .body("[0].observedFlows.reason", contains("no dual list", "no dual list"))
                .body("[1].observedFlows", hasSize(0));
    }

    @Test
    void anNdjsonImportKeepsTheFlowsOfItsLinesWithTheIdsTheirFindingsGotEvenInAPartitionOfItsOwn() {
        String batchId = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        String pkg = pkg();
        int lines = FindingBulkWriter.OWN_PARTITION_FROM + 20;
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            // Every 1000th line names a flow (Jackson reads it); the others stay plain and take the fast path.
            String flows = i % 1000 == 7 ? ",\"observedFlows\":[{\"activity\":\"COLLECTED\",\"kind\":\"location\"},"
                    + "{\"activity\":\"SHARED\",\"kind\":\"location\",\"recipient\":\"line " + i + "\"}]" : "";
            ndjson.append("{\"packageName\":\"").append(pkg).append(i % 3).append("\",\"appName\":\"应用\",")
                    .append("\"version\":\"2.").append(i % 5).append("\",\"sourceStore\":\"huawei\",")
                    .append("\"problems\":[\"collect-beyond-scope\"],\"detectedAt\":\"2021-10-15\",")
                    .append("\"operatorName\":\"某公司\",\"operatorCreditCode\":\"91110108551385082Q\"")
                    .append(flows).append("}\n");
        }
        String location = given().auth().oauth2(OFFICIAL).contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        new FindingImportTest().awaitFinished(location).body("status", equalTo("SUCCEEDED"))
                .body("linesWritten", equalTo(lines));

        assertEquals(22, count("finding_flow WHERE batch_id = '" + batchId + "'"));
        assertEquals(22, count("finding_flow ff JOIN finding f ON f.id = ff.finding_id AND f.batch_id = ff.batch_id "
                + "AND f.package_name = ff.package_name AND f.app_version = ff.app_version "
                + "WHERE ff.batch_id = '" + batchId + "'"));
        assertEquals(1, count("finding_flow WHERE batch_id = '" + batchId + "' AND recipient = 'line 9007'"
                + " AND package_name = '" + pkg + (9007 % 3) + "' AND app_version = '2." + (9007 % 5) + "'"));
    }

    @Test
    void badFlowsRefuseTheirFindingNamingEachFieldAndWriteNothing() {
        String batchId = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        long before = count("finding_flow");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(
                        withFlows(pkg(), List.of(flow("COLLECTED", "location", null))),
                        withFlows(pkg(), List.of(flow("COLLECTED", "horoscope", null), flow("SHARED", "contacts", null),
                                flow("COLLECTED", "contacts", "某公司"), flow("SOLD", "contacts", null),
                                flow("SHARED", "contacts", "x".repeat(201)))))))
                .post("/api/findings").then().statusCode(400)
                .body("errors.field", contains("findings[1]"))
                .body("errors[0].message", containsString("observedFlows[0].kind 'horoscope'"))
                .body("errors[0].message", containsString("observedFlows[1].recipient is missing"))
                .body("errors[0].message", containsString("observedFlows[2].recipient: only a SHARED flow"))
                .body("errors[0].message", containsString("observedFlows[3].activity 'SOLD'"))
                .body("errors[0].message", containsString("observedFlows[4].recipient is longer than 200"));
        assertEquals(0, count("finding WHERE batch_id = '" + batchId + "'"));
        assertEquals(before, count("finding_flow"));
    }

    @Test
    void aCsvImportWithoutFlowsWritesNoneAndStaysAsItWas() {
        String batchId = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8")
                .body(FindingImportTest.HEADER + FindingImportTest.csvLine(pkg(), "collect-beyond-scope",
                        "91110108551385082Q"))
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        new FindingImportTest().awaitFinished(location).body("status", equalTo("SUCCEEDED"));
        assertEquals(0, count("finding_flow WHERE batch_id = '" + batchId + "'"));
        given().auth().oauth2(OFFICIAL).queryParam("batchId", batchId).get("/api/findings").then().statusCode(200)
                .body("[0].observedFlows", hasSize(0));
    }

    long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
