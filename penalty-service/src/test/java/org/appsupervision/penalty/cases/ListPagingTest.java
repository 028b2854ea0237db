package org.appsupervision.penalty.cases;

import static io.restassured.RestAssured.given;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.ListPaging;
import org.appsupervision.devstack.ListPaging.Expectation;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every list of penalty-service's OpenAPI document pages with {@code limit} and {@code after} and says when there is
 * more (or is declared bounded): walked one row a page, every row is seen once, even when rows are added meanwhile.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class ListPagingTest {

    static final String AUDITOR = TestTokens.user("paging.auditor", "auditor");
    static final String ADMIN = TestTokens.user("paging.admin", "admin");
    /** 四川: no other test opens cases there, so this bureau's lists hold this test's rows. */
    static final String SICHUAN = TestTokens.bureau("paging.sc", "51");

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyListPagesWithACursorAndSaysWhenThereIsMore() {
        String openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Map<String, String> tokens = new HashMap<>();
        Map<String, Expectation> e = new HashMap<>();
        e.put("GET /api/public/open-data/{service}/manifests", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(org.appsupervision.devstack.AccessMatrix.Caller.ADMIN.token()).contentType("application/json")
                        .body(java.util.Map.of("date", java.time.LocalDate.of(2001, 1, 1).plusDays(
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(6000)).toString()))
                        .post("/api/admin/open-data/penalty-service/dumps").then().statusCode(org.hamcrest.Matchers.lessThan(300));
            }
            return "/api/public/open-data/penalty-service/manifests";
        }, "date"));
        e.put("GET /api/penalty/proposals", Expectation.paged(this::proposalsOfANotice, "id",
                () -> proposal(lastNotice)));
        e.put("GET /api/penalty/cases", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                openInSichuan();
            }
            tokens.put("/api/penalty/cases", SICHUAN);
            return "/api/penalty/cases";
        }, "id", ListPagingTest::openInSichuan));
        e.put("GET /api/penalty/deadlines", Expectation.paged(() -> {
            tokens.put("/api/penalty/deadlines", SICHUAN);
            return "/api/penalty/deadlines?within=366";
        }, null));
        e.put("GET /public/penalty/decisions", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                post(WriteAccessMatrixTest.SECOND_A, CaseDriver.path(WriteAccessMatrixTest.inExecution(), "publication"),
                        Map.of()).statusCode(200);
            }
            return "/public/penalty/decisions?province=" + AccessMatrix.PROVINCE_A;
        }, "decisionNumber"));
        e.put("GET /api/admin/parked-events/{service}", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                park();
            }
            tokens.put("/api/admin/parked-events/penalty-service", ADMIN);
            return "/api/admin/parked-events/penalty-service";
        }, "id", this::park));
        e.put("GET /api/penalty/cases/{id}/history", Expectation.bounded("the steps of one case: the procedure's acts"));
        e.put("GET /api/penalty/cases/{caseId}/documents",
                Expectation.bounded("the documents of one case: one per procedural document"));
        e.put("GET /public/penalty/documents", Expectation.bounded(
                "the documents issued under one number: the original and the corrections that replaced it"));
        e.put("GET /api/penalty/statistics", Expectation.bounded("one row per bureau (32)"));
        e.put("GET /api/penalty/legal-bases", Expectation.bounded("a fixed reference table of legal provisions"));
        assertEquals(List.of(), ListPaging.run(ListPaging.listOperations(openApi), e, path -> {
            String list = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            io.restassured.response.Response response = given().auth()
                    .oauth2(tokens.getOrDefault(list, AUDITOR)).urlEncodingEnabled(false).get(path);
            return new ListPaging.Reply(response.statusCode(), response.contentType(), response.asString(),
                    response.header("Link"));
        }));
    }

    UUID lastNotice;

    String proposalsOfANotice() {
        lastNotice = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            proposal(lastNotice);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(AUDITOR)
                .queryParam("noticeId", lastNotice.toString()).get("/api/penalty/proposals").then().statusCode(200)
                .extract().jsonPath().getList("$").size() == 3);
        return "/api/penalty/proposals?noticeId=" + lastNotice;
    }

    void proposal(UUID noticeId) {
        UUID itemId = UUID.randomUUID();
        String event = """
                {"noticeId":"%s","noticeTitle":"关于下架侵害用户权益APP名单的通报","itemId":"%s","chainId":"%s",
                 "publishedAt":"2021-12-09T02:00:00Z","app":{"name":"某应用","packageName":"com.paging.p","version":"1.0"},
                 "operator":{"name":"深圳市某科技有限公司","creditCode":"%s","provinceCode":"%s"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":["huawei"],"refusedRectification":true}"""
                .formatted(noticeId, itemId, UUID.randomUUID(), WriteAccessMatrixTest.OPERATOR_A,
                        AccessMatrix.PROVINCE_A);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), event);
    }

    static void openInSichuan() {
        post(SICHUAN, "/api/penalty/cases", Map.of("subjectKind", "OPERATOR", "subjectName", "成都某科技有限公司",
                "subjectCode", WriteAccessMatrixTest.OPERATOR_A, "subjectAddress", "成都市高新区",
                "facts", "某应用超范围收集个人信息，经通报后逾期未整改。", "chainId", UUID.randomUUID().toString(),
                "filedOn", LocalDate.now(CaseClock.CHINA).minusDays(1).toString())).statusCode(201);
    }

    void park() {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO parked_event (event_id, consumer, event_type, topic, payload, reason) "
                        + "VALUES (?, 'paging-test', 'TakedownOrdered', 'notice.events', '{}', 'listed by the paging test')")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
