package org.appsupervision.gateway.portal;

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
    void aCrossSiteApprovalOrDraftIsRefused() {
        as("li.approver").header("Sec-Fetch-Site", "cross-site").post("/portal/notices/" + UUID.randomUUID() + "/approval")
                .then().statusCode(403);
        as("wang.official").header("Origin", "https://evil.example").formParam("title", "x")
                .post("/portal/notices/from-findings").then().statusCode(403);
    }
}
