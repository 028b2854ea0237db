package org.appsupervision.notice.enterprise;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.enterprise.EnterpriseFixtures.A;
import static org.appsupervision.notice.enterprise.EnterpriseFixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An enterprise reads its own apps, findings and notice items, and nothing of another enterprise (404 on its ids, none
 * of its rows in lists); drafts and unpublished notices are invisible; every other caller is refused every path.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class EnterpriseViewsTest {

    private String appA;
    private String appB;
    private long findingA;
    private long findingB;
    private String publishedBoth;
    private String publishedOnlyA;
    private String draftA;

    @BeforeEach
    void twoEnterprisesWithAppsFindingsAndNotices() {
        appA = EnterpriseFixtures.app(A);
        appB = EnterpriseFixtures.app(B);
        String batch = EnterpriseFixtures.ministryBatch();
        findingA = EnterpriseFixtures.finding(batch, appA, A);
        findingB = EnterpriseFixtures.finding(batch, appB, B);
        publishedBoth = EnterpriseFixtures.published(EnterpriseFixtures.notice("RECTIFICATION", appA, A, appB, B));
        publishedOnlyA = EnterpriseFixtures.published(EnterpriseFixtures.notice("TAKEDOWN", appA, A));
        draftA = EnterpriseFixtures.drafted(EnterpriseFixtures.notice("RECTIFICATION", appA, A));
    }

    private static JsonPath read(Caller caller, String path) {
        return given().auth().oauth2(caller.token()).get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anEnterpriseSeesItsOwnAppsWithVersionsStoresAndStandingTakedown() {
        List<Map<String, Object>> apps = read(Caller.OPERATOR_A, "/api/enterprise/apps?limit=1000").getList("$");
        Map<String, Object> mine = apps.stream().filter(a -> appA.equals(a.get("packageName"))).findFirst().orElseThrow();
        assertEquals(A, mine.get("operatorCreditCode"));
        assertEquals("深圳市甲科技有限公司", mine.get("operatorName"));
        assertEquals(List.of("2.0"), mine.get("versions"));
        assertEquals(List.of("huawei"), mine.get("stores"));
        assertEquals(true, mine.get("takenDown"));
        assertTrue(apps.stream().allMatch(a -> A.equals(a.get("operatorCreditCode"))), "only A's apps: " + apps);
        assertFalse(read(Caller.OPERATOR_B, "/api/enterprise/apps?limit=1000").getList("packageName").contains(appA));
    }

    @Test
    void oneAppShowsItsFindingsAsOfficialsSeeThemWithoutInternalsAndOnlyPublishedNotices() {
        JsonPath app = read(Caller.OPERATOR_A, "/api/enterprise/apps/" + appA);
        assertEquals(1, app.getInt("findingCount"));
        assertEquals(findingA, app.getLong("findings[0].id"));
        assertEquals("collect-beyond-scope", app.getString("findings[0].problems[0].code"));
        assertEquals("超范围收集个人信息", app.getString("findings[0].problems[0].labelZh"));
        assertEquals("首次启动读取通讯录", app.getString("findings[0].evidence"));
        assertEquals("MINISTRY", app.getString("findings[0].detectedBy"));
        assertEquals("2021-10-20", app.getString("findings[0].batchTo"));
        assertFalse(app.prettify().contains("recordedBy") || app.prettify().contains("references"), app.prettify());
        assertEquals(new TreeSet<>(List.of(publishedBoth, publishedOnlyA)), new TreeSet<>(app.getList("notices.noticeId")));
    }

    @Test
    void anotherEnterprisesAppFindingAndNoticeAreNotFoundAndNeverListed() {
        given().auth().oauth2(Caller.OPERATOR_A.token()).get("/api/enterprise/apps/" + appB).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Caller.OPERATOR_B.token()).get("/api/enterprise/notices/" + publishedOnlyA).then()
                .statusCode(404);
        List<Object> findingsOfA = read(Caller.OPERATOR_A, "/api/enterprise/findings?limit=1000").getList("id");
        assertTrue(findingsOfA.stream().anyMatch(id -> ((Number) id).longValue() == findingA));
        assertTrue(findingsOfA.stream().noneMatch(id -> ((Number) id).longValue() == findingB));
        assertEquals(List.of(), read(Caller.OPERATOR_A, "/api/enterprise/findings?packageName=" + appB).getList("$"));
        List<String> noticesOfB = read(Caller.OPERATOR_B, "/api/enterprise/notices?limit=1000").getList("id");
        assertTrue(noticesOfB.contains(publishedBoth));
        assertFalse(noticesOfB.contains(publishedOnlyA));
    }

    @Test
    void aNoticeShowsOnlyTheEnterprisesOwnItemsWithDeadlineAndRectification() {
        JsonPath ofA = read(Caller.OPERATOR_A, "/api/enterprise/notices/" + publishedBoth);
        assertEquals(2, ofA.getInt("appCount"));
        assertEquals(List.of(appA), ofA.getList("items.packageName"));
        assertEquals("PENDING", ofA.getString("items[0].rectification.status"));
        assertTrue(ofA.getString("items[0].deadline") != null && ofA.getString("items[0].chainId") != null);
        assertFalse(ofA.prettify().contains("draftedBy") || ofA.prettify().contains(B), ofA.prettify());
        assertEquals(List.of(appB), read(Caller.OPERATOR_B, "/api/enterprise/notices/" + publishedBoth)
                .getList("items.packageName"));
        Map<String, Object> line = read(Caller.OPERATOR_A, "/api/enterprise/notices?limit=1000").<Map<String, Object>>getList("$")
                .stream().filter(n -> publishedBoth.equals(n.get("id"))).findFirst().orElseThrow();
        assertEquals(1, line.get("itemCount"));
    }

    @Test
    void draftsAndUnpublishedNoticesAreInvisible() {
        given().auth().oauth2(Caller.OPERATOR_A.token()).get("/api/enterprise/notices/" + draftA).then().statusCode(404);
        given().auth().oauth2(Caller.APPROVER.token()).post("/api/notices/" + draftA + "/approval").then().statusCode(200);
        given().auth().oauth2(Caller.OPERATOR_A.token()).get("/api/enterprise/notices/" + draftA).then().statusCode(404);
        assertFalse(read(Caller.OPERATOR_A, "/api/enterprise/notices?limit=1000").getList("id").contains(draftA));
        assertFalse(read(Caller.OPERATOR_A, "/api/enterprise/apps/" + appA).getList("notices.noticeId").contains(draftA));
    }

    /** Every GET path under the enterprise prefixes of the OpenAPI document, for every kind of caller. */
    @Test
    void everyEnterprisePathAnswersOnlyTheEnterpriseItConcerns() {
        Map<String, String> parameters = Map.of("{packageName}", appA, "{id}", publishedOnlyA);
        List<String> paths = enterprisePaths();
        assertEquals(5, paths.size(), "the enterprise paths this test knows: " + paths);
        List<String> faults = new ArrayList<>();
        for (String template : paths) {
            String path = template;
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                path = path.replace(p.getKey(), p.getValue());
            }
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
                } else if (caller == Caller.OPERATOR_B && expected == 200 && answer.asString().contains(appA)) {
                    faults.add("B's list " + path + " shows A's app");
                }
            }
            int withoutCode = given().auth().oauth2(TestTokens.user("no.code", "operator")).get(path).statusCode();
            if (withoutCode != 403) {
                faults.add("an operator token without credit_code GET " + path + ": " + withoutCode);
            }
        }
        assertEquals(List.of(), faults);
    }

    @SuppressWarnings("unchecked")
    static List<String> enterprisePaths() {
        Map<String, Map<String, Object>> all = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().path("paths");
        return all.entrySet().stream().filter(e -> e.getValue().containsKey("get"))
                .map(Map.Entry::getKey)
                .filter(p -> p.startsWith("/api/enterprise/apps") || p.startsWith("/api/enterprise/findings")
                        || p.startsWith("/api/enterprise/notices"))
                .sorted().toList();
    }
}
