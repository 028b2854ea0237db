package org.appsupervision.notice.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.ListPaging;
import org.appsupervision.devstack.ListPaging.Expectation;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.notice.enterprise.EnterpriseFixtures;
import org.appsupervision.notice.recheck.RecheckFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every list of notice-service's OpenAPI document pages with {@code limit} and {@code after} and says when there is
 * more (or is declared bounded): walked one row a page, every row is seen once, even when rows are added meanwhile.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ListPagingTest {

    /** 四川: no other test records batches there, so its batch list holds this test's rows. */
    static final String SICHUAN = "51";

    @Inject
    DataSource database;

    @Test
    void everyListPagesWithACursorAndSaysWhenThereIsMore() {
        String openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        String name = "分页应用" + WriteAccessMatrixTest.suffix();
        Map<String, String> tokens = new HashMap<>();
        Map<String, Expectation> e = new HashMap<>();
        e.put("GET /api/public/open-data/{service}/manifests", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(Caller.ADMIN.token()).contentType("application/json")
                        .body(java.util.Map.of("date", java.time.LocalDate.of(2001, 1, 1).plusDays(
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(6000)).toString()))
                        .post("/api/admin/open-data/notice-service/dumps").then().statusCode(org.hamcrest.Matchers.lessThan(300));
            }
            return "/api/public/open-data/notice-service/manifests";
        }, "date"));
        e.put("GET /api/apps", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                app(name);
            }
            return "/api/apps?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        }, "packageName", () -> app(name)));
        e.put("GET /api/batches", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                batchOfSichuan();
            }
            return "/api/batches?province=" + SICHUAN;
        }, "id", ListPagingTest::batchOfSichuan));
        e.put("GET /api/findings", Expectation.paged(() -> {
            String batch = WriteAccessMatrixTest.batchOfProvinceA();
            for (int i = 0; i < 3; i++) {
                finding(batch);
            }
            return "/api/findings?batchId=" + batch;
        }, "id"));
        e.put("GET /api/notices", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                draft();
            }
            return "/api/notices";
        }, "id", ListPagingTest::draft));
        e.put("GET /api/admin/parked-events/{service}", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                park();
            }
            tokens.put("/api/admin/parked-events/notice-service", Caller.ADMIN.token());
            return "/api/admin/parked-events/notice-service";
        }, "id", this::park));
        recheckLists(e, tokens);
        e.put("GET /api/enterprise/dual-lists/apps", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                WriteAccessMatrixTest.appOfEnterpriseA();
            }
            tokens.put("/api/enterprise/dual-lists/apps", Caller.OPERATOR_A.token());
            return "/api/enterprise/dual-lists/apps";
        }, "packageName", WriteAccessMatrixTest::appOfEnterpriseA));
        e.put("GET /api/reference/personal-info-kinds", Expectation.bounded("a fixed reference table"));
        String enterpriseApp = EnterpriseFixtures.app(EnterpriseFixtures.A);
        e.put("GET /api/enterprise/apps", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                EnterpriseFixtures.app(EnterpriseFixtures.A);
            }
            tokens.put("/api/enterprise/apps", Caller.OPERATOR_A.token());
            return "/api/enterprise/apps";
        }, "packageName", () -> EnterpriseFixtures.app(EnterpriseFixtures.A)));
        e.put("GET /api/enterprise/findings", Expectation.paged(() -> {
            String batch = EnterpriseFixtures.ministryBatch();
            for (int i = 0; i < 3; i++) {
                EnterpriseFixtures.finding(batch, enterpriseApp, EnterpriseFixtures.A);
            }
            tokens.put("/api/enterprise/findings", Caller.OPERATOR_A.token());
            return "/api/enterprise/findings?packageName=" + enterpriseApp;
        }, "id", () -> EnterpriseFixtures.finding(EnterpriseFixtures.ministryBatch(), enterpriseApp,
                EnterpriseFixtures.A)));
        e.put("GET /api/enterprise/notices", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                EnterpriseFixtures.published(EnterpriseFixtures.notice("RECTIFICATION", enterpriseApp,
                        EnterpriseFixtures.A));
            }
            tokens.put("/api/enterprise/notices", Caller.OPERATOR_A.token());
            return "/api/enterprise/notices";
        }, "id", () -> EnterpriseFixtures.published(EnterpriseFixtures.notice("RECTIFICATION", enterpriseApp,
                EnterpriseFixtures.A))));
        e.put("GET /api/complaints", Expectation.paged(() -> {
            org.appsupervision.notice.complaint.ComplaintFixtures.store(database);
            String pkg = WriteAccessMatrixTest.registerAppOfProvinceA();
            for (int i = 0; i < 3; i++) {
                complaint(pkg);
            }
            return "/api/complaints?app=" + pkg;
        }, "id"));
        e.put("GET /api/timeline/{packageName}", Expectation.bounded("the events of one app"));
        e.put("GET /api/reference/problem-kinds", Expectation.bounded("a fixed reference table"));
        e.put("GET /api/reference/provinces", Expectation.bounded("a fixed reference table (34 provinces)"));
        e.put("GET /api/reference/holidays", Expectation.bounded("one calendar per year"));
        assertEquals(List.of(), ListPaging.run(ListPaging.listOperations(openApi), e, path -> {
            String list = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            io.restassured.response.Response response = given().auth()
                    .oauth2(tokens.getOrDefault(list, Caller.AUDITOR.token())).urlEncodingEnabled(false).get(path);
            return new ListPaging.Reply(response.statusCode(), response.contentType(), response.asString(),
                    response.header("Link"));
        }));
    }

    /** The agencies, an enterprise's reports, an agency's tasks and the officials' re-check list. */
    static void recheckLists(Map<String, Expectation> e, Map<String, String> tokens) {
        RecheckFixtures.matrixAgencies();
        e.put("GET /api/agencies", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                RecheckFixtures.agencyRegistered(RecheckFixtures.creditCode("11"), List.of("51"));
            }
            return "/api/agencies";
        }, "creditCode", () -> RecheckFixtures.agencyRegistered(RecheckFixtures.creditCode("11"), List.of("51"))));
        String enterprise = RecheckFixtures.creditCode("51");
        e.put("GET /api/enterprise/rectification-reports", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                RecheckFixtures.drafted(enterprise, RecheckFixtures.itemOf(enterprise));
            }
            tokens.put("/api/enterprise/rectification-reports", RecheckFixtures.operator(enterprise));
            return "/api/enterprise/rectification-reports";
        }, "id", () -> RecheckFixtures.drafted(enterprise, RecheckFixtures.itemOf(enterprise))));
        String agency = AccessMatrix.AGENCY_Q_CODE;
        e.put("GET /api/agency/tasks", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                RecheckFixtures.taskOf(enterprise, agency);
            }
            tokens.put("/api/agency/tasks", RecheckFixtures.agency(agency));
            return "/api/agency/tasks";
        }, "id", () -> RecheckFixtures.taskOf(enterprise, agency)));
        String packageName = "com.paging.recheck" + WriteAccessMatrixTest.suffix();
        e.put("GET /api/rechecks", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                RecheckFixtures.submitted(enterprise, RecheckFixtures.published(enterprise, packageName)
                        .getString("items[0].itemId"));
            }
            return "/api/rechecks?packageName=" + packageName;
        }, "id", () -> RecheckFixtures.submitted(enterprise, RecheckFixtures.published(enterprise, packageName)
                .getString("items[0].itemId"))));
    }

    static void app(String name) {
        String pkg = "com.paging.app" + WriteAccessMatrixTest.suffix();
        given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(WriteAccessMatrixTest.app(pkg, name, "深圳市某科技有限公司", WriteAccessMatrixTest.OPERATOR_A))
                .put("/api/apps/" + pkg).then().statusCode(200);
    }

    void complaint(String pkg) {
        org.appsupervision.notice.complaint.ComplaintFixtures.filed(
                org.appsupervision.notice.complaint.ComplaintFixtures.complaint(pkg, "collect-beyond-scope",
                        "excessive-permissions", "use-beyond-purpose"), database);
    }

    static void batchOfSichuan() {
        given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "四川省检测", "runBy", "BUREAU", "provinceCode", SICHUAN,
                        "runFrom", "2021-10-01", "runTo", "2021-10-20", "appsTested", 10))
                .post("/api/batches").then().statusCode(201);
    }

    static void finding(String batch) {
        given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(Map.of("batchId", batch, "findings",
                        List.of(WriteAccessMatrixTest.finding(WriteAccessMatrixTest.registerAppOfProvinceA()))))
                .post("/api/findings").then().statusCode(201);
    }

    static void draft() {
        WriteAccessMatrixTest.drafted(WriteAccessMatrixTest.notice("RECTIFICATION",
                WriteAccessMatrixTest.registerAppOfProvinceA()));
    }

    void park() {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO parked_event (event_id, consumer, event_type, topic, payload, reason) "
                        + "VALUES (?, 'paging-test', 'TakedownConfirmed', 'appstore.events', '{}', 'listed by the paging test')")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
