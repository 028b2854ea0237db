package org.appsupervision.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/**
 * The takedown board, scorecard and penalty case pages at the gateway alone (the services are the
 * stand-ins of {@link StubServices}: appstore answers empty lists, penalty is down): roles, the board's
 * polled grid, page-side refusals next to the fields, and the strict CSP.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class OpsPagesTest {

    private final Caller caller = Caller.fresh();

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).formParam("return", "/portal")
                .post("/login").then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token);
    }

    private static void assertStrictCsp(String html) {
        assertFalse(html.contains(" style=") || html.contains("<style") || html.contains(" onclick="), "no inline styles or handlers");
        assertTrue(html.replace("<script src=", "").indexOf("<script") < 0, "no inline script");
    }

    @Test
    void anOfficialSeesTheBoardWhoseGridPollsItselfWithoutAReload() {
        UUID notice = UUID.randomUUID();
        String html = as("wang.official").get("/portal/boards/" + notice).then().statusCode(200)
                .body(containsString("hx-get=\"/portal/boards/" + notice + "/grid\""), containsString("hx-trigger=\"every 10s\""),
                        containsString("href=\"/assets/ops.css\""), containsString("href=\"/portal/boards\" aria-current=\"page\""),
                        // the board asks for pages the services' paging accepts (the stub refuses what they refuse)
                        not(containsString("请求内容无效")))
                .extract().asString();
        assertStrictCsp(html);
        String grid = as("li.approver").header("HX-Request", "true").get("/portal/boards/" + notice + "/grid")
                .then().statusCode(200).body(containsString("id=\"board-grid\""), not(containsString("<html")),
                        not(containsString("请求内容无效")))
                .extract().asString();
        assertTrue(grid.contains("every 10s"), "the fragment keeps polling after it is swapped in");
    }

    @Test
    void aBureauOfficerHasNoBoardButHasTheCasesAndSeesThatPenaltyServiceIsDown() {
        RequestSpecification bureau = as("zhao.bj");
        bureau.get("/portal/boards/" + UUID.randomUUID()).then().statusCode(403).body(containsString("无权访问"));
        String html = bureau.get("/portal/cases").then().statusCode(200)
                .body(containsString("处罚服务暂时不可用"), containsString("href=\"/portal/cases\" aria-current=\"page\""),
                        not(containsString("href=\"/portal/boards\"")))
                .extract().asString();
        assertStrictCsp(html);
        bureau.get("/portal/cases/" + UUID.randomUUID()).then().statusCode(404).body(containsString("未找到案件"));
    }

    @Test
    void anObjectionDecisionNeedsAnOutcomeAndAnOfficialOrApprover() {
        UUID notice = UUID.randomUUID();
        as("wang.official").header("Sec-Fetch-Site", "same-origin").formParam("note", "x")
                .post("/portal/boards/" + notice + "/objections/" + UUID.randomUUID())
                .then().statusCode(400).body(containsString("请选择接受或驳回"));
        as("sun.auditor").header("Sec-Fetch-Site", "same-origin").formParam("outcome", "ACCEPTED")
                .post("/portal/boards/" + notice + "/objections/" + UUID.randomUUID()).then().statusCode(403);
        as("wang.official").header("Sec-Fetch-Site", "cross-site").formParam("outcome", "ACCEPTED")
                .post("/portal/boards/" + notice + "/objections/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void theScorecardsShowAWrongPeriodNextToItsFieldInTheReadersLanguage() {
        as("sun.auditor").cookie("lang", "en").get("/portal/stores?from=2026-12-01&to=2026-01-01").then().statusCode(200)
                .body(containsString("Store scorecards"), containsString("id=\"from-error\""), containsString("aria-invalid=\"true\""),
                        containsString("Enter a valid date no later than the end date"));
        as("sun.auditor").get("/portal/stores?from=2026-01-01&to=2026-06-30").then().statusCode(200)
                .body(containsString("value=\"2026-01-01\""), containsString("此期间没有数据"));
        as("zhao.bj").get("/portal/stores/huawei").then().statusCode(200).body(containsString("应用商店"));
    }

    @Test
    void onlyABureauOfficerPostsCaseSteps() {
        as("wang.official").header("Sec-Fetch-Site", "same-origin").formParam("step", "investigation")
                .post("/portal/cases/" + UUID.randomUUID() + "/steps").then().statusCode(403);
        as("zhao.bj").header("Sec-Fetch-Site", "same-origin").formParam("step", "../../admin")
                .post("/portal/cases/" + UUID.randomUUID() + "/steps").then().statusCode(400);
    }

    @Test
    void anAuditorReadsTheGatewayLogNewestFirstAndEveryChainsVerification() {
        as("wang.official").get("/portal/audit").then().statusCode(403);
        RequestSpecification auditor = as("sun.auditor");
        String html = auditor.get("/portal/audit").then().statusCode(200)
                .body(containsString("hx-get=\"/portal/audit/verification\""), containsString("网关安全事件"),
                        containsString("LOGIN_SUCCEEDED"))
                .extract().asString();
        assertStrictCsp(html);
        auditor.header("HX-Request", "true").get("/portal/audit/verification").then().statusCode(200)
                .body(containsString("完整"), containsString("无法校验：服务不可用"), not(containsString("<html")));
        auditor.get("/portal/audit?source=penalty-service&actor=zhao.bj").then().statusCode(200)
                .body(containsString("处罚服务暂时不可用"), containsString("value=\"zhao.bj\""));
        as("li.approver").get("/portal/provinces").then().statusCode(200).body(containsString("各省案件线索与案件"));
    }
}
