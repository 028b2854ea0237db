package org.appsupervision.penalty.cases;

import static io.restassured.RestAssured.given;
import static org.appsupervision.penalty.cases.CaseDriver.daysAgo;
import static org.appsupervision.penalty.cases.CaseDriver.fine;
import static org.appsupervision.penalty.cases.CaseDriver.path;
import static org.appsupervision.penalty.cases.CaseDriver.penalties;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.AccessMatrix.Expectation;
import org.appsupervision.devstack.AccessMatrix.Target;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of penalty-service's OpenAPI document against every caller, each on a fresh case or
 * proposal of bureau A (广东) brought to the stage the operation needs: only bureau A's officers get through, and a
 * refused write changes nothing.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class WriteAccessMatrixTest {

    /** A second officer of bureau A, who prepares the cases (and proposes decisions that bureau A's caller approves). */
    static final String SECOND_A = TestTokens.bureau("matrix.second-a", AccessMatrix.PROVINCE_A);
    static final String OPERATOR_A = "9144030071526726XG";
    static final Set<Caller> BUREAU_A = EnumSet.of(Caller.BUREAU_A);

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyWriteOperationRefusesEveryoneButTheCasesBureauAndChangesNothing() {
        List<String> operations = AccessMatrix.writeOperations(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(List.of(), AccessMatrix.run(operations, expectations(), WriteAccessMatrixTest::send));
    }

    Map<String, Expectation> expectations() {
        Map<String, Expectation> e = new HashMap<>();
        e.put("POST /api/admin/open-data/{service}/dumps", Expectation.onlyAdmin(caller -> new Target(
                "/api/admin/open-data/penalty-service/dumps", "application/json", java.util.Map.of("date",
                        java.time.LocalDate.of(2001, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                                .nextInt(6000)).toString()),
                org.appsupervision.devstack.AccessMatrix.rows(database, "SELECT count(*) FROM open_data_manifest"))));
        String cases = "/api/penalty/cases";
        e.put("POST " + cases, Expectation.of(EnumSet.of(Caller.BUREAU_A, Caller.BUREAU_B), caller -> new Target(cases,
                "application/json", openCase(), this::caseCount)));
        step(e, "investigation", WriteAccessMatrixTest::filed, Map.of("on", daysAgo(59).toString()));
        stepOnFiled(e, "investigators", WriteAccessMatrixTest::investigating, Map.of("name", "inv3.gd"));
        stepOnFiled(e, "review", id -> investigating(id, true), Map.of("findings", "检测复核确认超范围收集通讯录。", "serious", false,
                "on", daysAgo(55).toString()));
        step(e, "legal-review", () -> inReview(true), Map.of("opinion", "事实清楚，证据确凿", "on", daysAgo(50).toString()));
        step(e, "prior-notice", () -> inReview(false), penalties("PIPL-66", daysAgo(30), fine("300000")));
        step(e, "defence", WriteAccessMatrixTest::noticed, Map.of("statement", "已完成整改。", "on", daysAgo(29).toString()));
        step(e, "hearing-request", WriteAccessMatrixTest::noticed, Map.of("on", daysAgo(29).toString()));
        step(e, "hearing", WriteAccessMatrixTest::hearingRequested,
                Map.of("noticeOn", daysAgo(28).toString(), "hearingOn", daysAgo(10).toString()));
        step(e, "hearing-record", () -> {
            String id = hearingRequested();
            post(SECOND_A, path(id, "hearing"), Map.of("noticeOn", daysAgo(28).toString(),
                    "hearingOn", daysAgo(10).toString())).statusCode(200);
            return id;
        }, Map.of("record", "当事人到场陈述。", "on", daysAgo(9).toString()));
        step(e, "decision-extension", WriteAccessMatrixTest::filed, Map.of("reason", "案情复杂，需延长", "days", 30));
        step(e, "decision", WriteAccessMatrixTest::noticed, penalties("PIPL-66", daysAgo(20), fine("300000")));
        step(e, "decision/approval", WriteAccessMatrixTest::decisionProposed, Map.of("on", daysAgo(19).toString()));
        step(e, "service", WriteAccessMatrixTest::decided, Map.of("on", daysAgo(18).toString()));
        step(e, "publication", WriteAccessMatrixTest::inExecution, Map.of());
        step(e, "payments", WriteAccessMatrixTest::inExecution, Map.of("amountCny", "1000", "paidOn", daysAgo(1).toString()));
        step(e, "closing", WriteAccessMatrixTest::filed, Map.of("outcome", "NO_PENALTY", "reason", "违法事实不能成立"));
        e.put("POST /public/penalty/documents/verification", Expectation.of(EnumSet.allOf(Caller.class),
                caller -> new Target("/public/penalty/documents/verification", "application/pdf",
                        "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), this::documentCount)));
        e.put("POST /api/penalty/proposals/{id}/filing", proposalStep("filing", Map.of("subjectAddress", "深圳市南山区")));
        e.put("POST /api/penalty/proposals/{id}/dismissal", proposalStep("dismissal", Map.of("reason", "已移送")));
        return e;
    }

    static void step(Map<String, Expectation> e, String step, Supplier<String> stage, Object body) {
        e.put("POST /api/penalty/cases/{id}/" + step, Expectation.of(BUREAU_A, caller -> {
            String id = stage.get();
            return new Target(path(id, step), "application/json", body, state(id));
        }));
    }

    static void stepOnFiled(Map<String, Expectation> e, String step, Function<String, String> stage, Object body) {
        step(e, step, () -> stage.apply(filed()), body);
    }

    Expectation proposalStep(String step, Object body) {
        return Expectation.of(BUREAU_A, caller -> {
            String id = proposalOfProvinceA();
            Supplier<Object> state = () -> given().auth().oauth2(Caller.AUDITOR.token())
                    .get("/api/penalty/proposals/" + id).then().statusCode(200).extract().asString();
            return new Target("/api/penalty/proposals/" + id + "/" + step, "application/json", body, state);
        });
    }

    Object documentCount() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM case_document")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Object caseCount() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM penalty_case")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Supplier<Object> state(String caseId) {
        return () -> given().auth().oauth2(Caller.AUDITOR.token()).get("/api/penalty/cases/" + caseId)
                .then().statusCode(200).extract().asString()
                + given().auth().oauth2(Caller.AUDITOR.token()).get("/api/penalty/cases/" + caseId + "/history")
                .then().statusCode(200).extract().asString();
    }

    static AccessMatrix.Answer send(Caller caller, String method, Target target) {
        RequestSpecification request = given();
        if (caller.token() != null) {
            request = request.auth().oauth2(caller.token());
        }
        request = request.contentType(target.contentType());
        request = target.body() instanceof byte[] bytes ? request.body(bytes) : request.body(target.body());
        io.restassured.response.Response response = request.request(method, target.path());
        return new AccessMatrix.Answer(response.statusCode(), response.asString());
    }

    static Map<String, Object> openCase() {
        return Map.of("subjectKind", "OPERATOR", "subjectName", "深圳市某科技有限公司", "subjectCode", OPERATOR_A,
                "subjectAddress", "深圳市南山区", "facts", "某应用超范围收集个人信息，经通报后逾期未整改。",
                "chainId", UUID.randomUUID().toString(), "filedOn", daysAgo(60).toString());
    }

    static String filed() {
        return post(SECOND_A, "/api/penalty/cases", openCase()).statusCode(201).extract().path("id");
    }

    static String investigating(String id) {
        return investigating(id, false);
    }

    static String investigating(String id, boolean withTwoInvestigators) {
        post(SECOND_A, path(id, "investigation"), Map.of("on", daysAgo(59).toString())).statusCode(200);
        if (withTwoInvestigators) {
            post(SECOND_A, path(id, "investigators"), Map.of("name", "inv1.gd")).statusCode(200);
            post(SECOND_A, path(id, "investigators"), Map.of("name", "inv2.gd")).statusCode(200);
        }
        return id;
    }

    static String inReview(boolean serious) {
        String id = investigating(filed(), true);
        post(SECOND_A, path(id, "review"), Map.of("findings", "检测复核确认超范围收集通讯录。", "serious", serious,
                "on", daysAgo(55).toString())).statusCode(200);
        return id;
    }

    static String noticed() {
        String id = inReview(false);
        post(SECOND_A, path(id, "prior-notice"), penalties("PIPL-66", daysAgo(30), fine("300000"))).statusCode(200);
        return id;
    }

    static String hearingRequested() {
        String id = noticed();
        post(SECOND_A, path(id, "hearing-request"), Map.of("on", daysAgo(29).toString())).statusCode(200);
        return id;
    }

    static String decisionProposed() {
        String id = noticed();
        post(SECOND_A, path(id, "decision"), penalties("PIPL-66", daysAgo(20), fine("300000"))).statusCode(200);
        return id;
    }

    static String decided() {
        String id = decisionProposed();
        String approver = TestTokens.bureau("matrix.third-a", AccessMatrix.PROVINCE_A);
        post(approver, path(id, "decision/approval"), Map.of("on", daysAgo(19).toString())).statusCode(200);
        return id;
    }

    static String inExecution() {
        String id = decided();
        post(SECOND_A, path(id, "service"), Map.of("on", daysAgo(18).toString())).statusCode(200);
        return id;
    }

    String proposalOfProvinceA() {
        UUID itemId = UUID.randomUUID();
        String event = """
                {"noticeId":"%s","noticeTitle":"关于下架侵害用户权益APP名单的通报","itemId":"%s","chainId":"%s",
                 "publishedAt":"2021-12-09T02:00:00Z","app":{"name":"某应用","packageName":"com.matrix.p","version":"1.0"},
                 "operator":{"name":"深圳市某科技有限公司","creditCode":"%s","provinceCode":"%s"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":["huawei"],"refusedRectification":true}"""
                .formatted(UUID.randomUUID(), itemId, UUID.randomUUID(), OPERATOR_A, AccessMatrix.PROVINCE_A);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), event);
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> all = given().auth().oauth2(Caller.AUDITOR.token()).get("/api/penalty/proposals")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            all.stream().filter(p -> itemId.toString().equals(p.get("itemId"))).findFirst()
                    .ifPresent(p -> id[0] = (String) p.get("id"));
            return id[0] != null;
        });
        return id[0];
    }
}
