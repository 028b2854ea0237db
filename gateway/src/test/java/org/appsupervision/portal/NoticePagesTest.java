package org.appsupervision.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.DraftNotices;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/**
 * Who reaches the notices pages (the browser test drives them against the real notice-service):
 * officials draft, approvers approve, bureau officers see neither, and no form is taken cross-site.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class NoticePagesTest {

    private final Caller caller = Caller.fresh();

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).post("/login")
                .then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token);
    }

    @Test
    void officialsSeeTheNoticesAndMayDraftButBureauOfficersMayNot() {
        as("wang.official").get("/portal/notices").then().statusCode(200)
                .body(containsString("待审批（草稿）"), containsString("href=\"/portal/notices/new\""));
        as("wang.official").get("/portal/notices/new").then().statusCode(200)
                .body(containsString("根据检测发现起草"), containsString("hx-get=\"/portal/notices/new/findings\""));
        as("li.approver").get("/portal/notices").then().statusCode(200)
                .body(not(containsString("href=\"/portal/notices/new\"")));
        as("li.approver").get("/portal/notices/new").then().statusCode(403);
        as("chen.gd").get("/portal/notices").then().statusCode(403).body(containsString("无权访问"));
        as("chen.gd").get("/portal").then().statusCode(200).body(not(containsString("href=\"/portal/notices\"")));
    }

    @Test
    void theNavigationShowsOnlyWhatTheRolesMayUse() {
        as("wang.official").get("/portal").then().statusCode(200)
                .body(containsString("href=\"/portal/notices\""), containsString("href=\"/notices\""));
        caller.anonymous().get("/notices").then().statusCode(200)
                .body(not(containsString("href=\"/portal/notices\"")), not(containsString("href=\"/portal\"")));
    }

    @Test
    void aDraftsPageWarnsAboutItsStoresAndOffersTheWithdrawalToOfficialsAndApproversOnly() {
        as("wang.official").get("/portal/notices/" + DraftNotices.DRAFT_ID).then().statusCode(200)
                .body(containsString("id=\"store-warnings\""), containsString("已停用：closed-store"),
                        containsString("已按其他通报下架：huawei"), not(containsString("尚未登记：")),
                        containsString("action=\"/portal/notices/" + DraftNotices.DRAFT_ID + "/withdrawal\""),
                        containsString("撤回理由"));
        as("li.approver").get("/portal/notices/" + DraftNotices.DRAFT_ID).then().statusCode(200)
                .body(containsString("id=\"withdraw\""));
        as("sun.auditor").get("/portal/notices/" + DraftNotices.DRAFT_ID).then().statusCode(200)
                .body(containsString("已停用：closed-store"), not(containsString("id=\"withdraw\"")));
        as("wang.official").get("/portal/notices/" + DraftNotices.PUBLISHED_ID).then().statusCode(200)
                .body(not(containsString("id=\"withdraw\"")));
    }

    @Test
    void aDraftNamingAnSdkPreviewsItInItsOwnTableAfterTheApps() {
        String page = as("wang.official").get("/portal/notices/" + DraftNotices.SDK_DRAFT_ID).then().statusCode(200)
                .body(containsString("id=\"sdk-items\""), containsString("存在问题的第三方SDK名单"),
                        containsString("<td>友盟+统计SDK</td><td>北京锐讯灵通科技有限公司</td><td>9.6.1、9.6.3</td>"),
                        containsString("另有1款第三方SDK"), containsString("尚有1款APP未完成整改"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("应用开发者") < page.indexOf("id=\"sdk-items\""),
                "the SDKs' table follows the apps' table");
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("<td>北京锐讯灵通科技有限公司</td><td></td>"),
                "the SDK is no row of the apps' table");
    }

    @Test
    void withdrawingADraftSendsTheReasonAndAPublishedNoticeAnswersTheServicesProblem() {
        DraftNotices.WITHDRAWAL.set(null);
        as("sun.auditor").header("Sec-Fetch-Site", "same-origin").formParam("reason", "不该由审计撤回")
                .post("/portal/notices/" + DraftNotices.DRAFT_ID + "/withdrawal").then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertNull(DraftNotices.WITHDRAWAL.get());

        as("wang.official").header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("reason", "名单有误，重新起草")
                .post("/portal/notices/" + DraftNotices.DRAFT_ID + "/withdrawal").then().statusCode(303)
                .header("Location", containsString("/portal/notices/" + DraftNotices.DRAFT_ID + "?done=withdrawn"));
        org.junit.jupiter.api.Assertions.assertEquals("名单有误，重新起草",
                new io.vertx.core.json.JsonObject(DraftNotices.WITHDRAWAL.get()).getString("reason"));

        as("wang.official").header("Sec-Fetch-Site", "same-origin").formParam("reason", "太晚了")
                .post("/portal/notices/" + DraftNotices.PUBLISHED_ID + "/withdrawal").then().statusCode(409)
                .body(containsString("withdrawsNoticeId"));
    }

    @Test
    void aCrossSiteApprovalOrDraftIsRefused() {
        as("li.approver").header("Sec-Fetch-Site", "cross-site").post("/portal/notices/" + UUID.randomUUID() + "/approval")
                .then().statusCode(403);
        as("wang.official").header("Sec-Fetch-Site", "cross-site").formParam("reason", "x")
                .post("/portal/notices/" + DraftNotices.DRAFT_ID + "/withdrawal").then().statusCode(403);
        as("wang.official").header("Origin", "https://evil.example").formParam("title", "x")
                .post("/portal/notices/from-findings").then().statusCode(403);
    }
}
