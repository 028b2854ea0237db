package org.appsupervision.penalty.enterprise;

import static io.restassured.RestAssured.given;
import static org.appsupervision.penalty.cases.CaseDriver.BJ_QIAN;
import static org.appsupervision.penalty.cases.CaseDriver.BJ_ZHAO;
import static org.appsupervision.penalty.cases.CaseDriver.daysAgo;
import static org.appsupervision.penalty.cases.CaseDriver.fine;
import static org.appsupervision.penalty.cases.CaseDriver.path;
import static org.appsupervision.penalty.cases.CaseDriver.penalties;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.appsupervision.penalty.cases.CaseDriver.warning;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An enterprise reads the penalty cases against it (its credit code as the party), their decisions and its time
 * limits, and downloads the signed PDFs served on it; nothing of another party, and no other caller reads these paths.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
public class EnterpriseCasesTest {

    private String decidedOfA;
    private String priorNoticeOfA;
    private String decidedOfB;

    /** Opens a Beijing case against the party with that credit code, filed 40 days ago. */
    public static String open(String creditCode) {
        return post(BJ_ZHAO, "/api/penalty/cases", Map.of("subjectKind", "OPERATOR", "subjectName", "某科技有限公司",
                "subjectCode", creditCode, "facts", "某应用超范围收集个人信息，经通报后逾期未整改。",
                "filedOn", daysAgo(40).toString())).statusCode(201).extract().path("id");
    }

    /** Opens a Beijing case against the party with that credit code and takes it to review. */
    static String inReview(String creditCode) {
        LocalDate filed = daysAgo(40);
        String id = open(creditCode);
        post(BJ_ZHAO, path(id, "investigation"), Map.of("on", filed.toString())).statusCode(200);
        post(BJ_ZHAO, path(id, "investigators"), Map.of("name", "zhao.bj")).statusCode(200);
        post(BJ_ZHAO, path(id, "investigators"), Map.of("name", "qian.bj")).statusCode(200);
        post(BJ_ZHAO, path(id, "review"), Map.of("findings", "内部调查记录：检测复核确认。", "serious", false,
                "on", filed.toString())).statusCode(200);
        return id;
    }

    static String withPriorNotice(String creditCode) {
        String id = inReview(creditCode);
        post(BJ_ZHAO, path(id, "prior-notice"), penalties("PIPL-66", daysAgo(30), warning(), fine("500000")))
                .statusCode(200);
        return id;
    }

    static String decidedAndServed(String creditCode) {
        String id = withPriorNotice(creditCode);
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(20), warning(), fine("400000"))).statusCode(200);
        post(BJ_QIAN, path(id, "decision/approval"), Map.of("on", daysAgo(19).toString())).statusCode(200);
        post(BJ_ZHAO, path(id, "service"), Map.of("on", daysAgo(18).toString())).statusCode(200);
        return id;
    }

    @BeforeEach
    void casesOfTwoEnterprises() {
        decidedOfA = decidedAndServed(AccessMatrix.OPERATOR_A_CODE);
        priorNoticeOfA = withPriorNotice(AccessMatrix.OPERATOR_A_CODE);
        decidedOfB = decidedAndServed(AccessMatrix.OPERATOR_B_CODE);
    }

    private static JsonPath read(Caller caller, String path) {
        return given().auth().oauth2(caller.token()).get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anEnterpriseListsItsOwnCasesOnly() {
        List<String> ofA = read(Caller.OPERATOR_A, "/api/penalty/enterprise/cases?limit=1000").getList("id");
        assertTrue(ofA.containsAll(List.of(decidedOfA, priorNoticeOfA)), ofA.toString());
        assertFalse(ofA.contains(decidedOfB));
        List<String> ofB = read(Caller.OPERATOR_B, "/api/penalty/enterprise/cases?limit=1000").getList("id");
        assertTrue(ofB.contains(decidedOfB) && !ofB.contains(decidedOfA) && !ofB.contains(priorNoticeOfA));
    }

    @Test
    void aDecidedCaseShowsTheDecisionThePaymentLimitAndTheServedDocumentsWithoutInternals() throws Exception {
        JsonPath c = read(Caller.OPERATOR_A, "/api/penalty/enterprise/cases/" + decidedOfA);
        assertEquals("EXECUTION", c.getString("stage"));
        assertEquals("PIPL-66", c.getString("decision.legalBasis"));
        assertEquals(0, c.getObject("decision.totalFine", java.math.BigDecimal.class).compareTo(
                new java.math.BigDecimal("400000")));
        assertTrue(c.getString("decision.citation").contains("个人信息保护法"));
        assertTrue(c.getList("deadlines.kind").contains("PAYMENT"), c.prettify());
        assertFalse(c.getList("deadlines.kind").contains("SERVICE"), "a bureau's own time limit is not the party's");
        assertEquals(List.of("PRIOR_NOTICE", "DECISION"), c.getList("documents.kind"));
        String text = c.prettify();
        assertFalse(text.contains("内部调查记录") || text.contains("investigators") || text.contains("zhao.bj"), text);
        String pdfPath = c.getString("documents[1].pdf");
        byte[] pdf = given().auth().oauth2(Caller.OPERATOR_A.token()).get(pdfPath).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals("%PDF".getBytes(), java.util.Arrays.copyOf(pdf, 4));
        assertEquals(c.getString("documents[1].pdfSha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void beforeTheDecisionIsServedOnlyThePriorNoticeAndTheHearingRequestLimitShow() {
        JsonPath c = read(Caller.OPERATOR_A, "/api/penalty/enterprise/cases/" + priorNoticeOfA);
        assertNull(c.get("decision"));
        assertEquals("PIPL-66", c.getString("priorNotice.legalBasis"));
        assertEquals(List.of("PRIOR_NOTICE"), c.getList("documents.kind"));
        assertEquals(List.of("HEARING_REQUEST"), c.getList("deadlines.kind"));
    }

    @Test
    void anotherPartysCaseAndDocumentsAreNotFound() {
        given().auth().oauth2(Caller.OPERATOR_A.token()).get("/api/penalty/enterprise/cases/" + decidedOfB).then()
                .statusCode(404).contentType("application/problem+json");
        String documentOfB = read(Caller.OPERATOR_B, "/api/penalty/enterprise/cases/" + decidedOfB)
                .getString("documents[0].id");
        given().auth().oauth2(Caller.OPERATOR_A.token())
                .get("/api/penalty/enterprise/cases/" + decidedOfB + "/documents/" + documentOfB + "/pdf").then()
                .statusCode(404);
        given().auth().oauth2(Caller.OPERATOR_A.token())
                .get("/api/penalty/enterprise/cases/" + decidedOfA + "/documents/" + documentOfB + "/pdf").then()
                .statusCode(404);
    }

    /** Every GET path under /api/penalty/enterprise of the OpenAPI document, for every kind of caller. */
    @Test
    @SuppressWarnings("unchecked")
    void everyEnterprisePathAnswersOnlyTheParty() {
        String documentOfA = read(Caller.OPERATOR_A, "/api/penalty/enterprise/cases/" + decidedOfA)
                .getString("documents[0].id");
        Map<String, Map<String, Object>> all = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().path("paths");
        List<String> paths = all.entrySet().stream().filter(e -> e.getValue().containsKey("get"))
                .map(Map.Entry::getKey).filter(p -> p.startsWith("/api/penalty/enterprise/")).sorted().toList();
        assertEquals(3, paths.size(), paths.toString());
        List<String> faults = new ArrayList<>();
        for (String template : paths) {
            String path = template.replace("{id}", decidedOfA).replace("{documentId}", documentOfA);
            for (Caller caller : Caller.values()) {
                int expected = switch (caller) {
                    case ANONYMOUS -> 401;
                    case OPERATOR_A -> 200;
                    case OPERATOR_B -> template.contains("{") ? 404 : 200;
                    default -> 403;
                };
                Response answer = caller == Caller.ANONYMOUS ? given().get(path)
                        : given().auth().oauth2(caller.token()).get(path);
                if (answer.statusCode() != expected) {
                    faults.add(caller + " GET " + path + ": " + answer.statusCode() + " (expected " + expected + ")");
                } else if (caller == Caller.OPERATOR_B && expected == 200 && answer.asString().contains(decidedOfA)) {
                    faults.add("B's list shows A's case");
                }
            }
            int withoutCode = given().auth().oauth2(TestTokens.user("no.code", "operator")).get(path).statusCode();
            if (withoutCode != 403) {
                faults.add("an operator token without credit_code GET " + path + ": " + withoutCode);
            }
        }
        assertEquals(List.of(), faults);
    }
}
