package org.appsupervision.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Batches;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The batch pages: who may record and import, and an upload followed to its report of bad lines. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class BatchPagesTest {

    private final Caller caller = Caller.fresh();

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).post("/login")
                .then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token)
                .header("Sec-Fetch-Site", "same-origin");
    }

    @Test
    void officialsRecordAndImportWhileAuditorsOnlyRead() {
        as("wang.official").get("/portal/batches").then().statusCode(200).body(containsString("登记检测批次"));
        as("sun.auditor").get("/portal/batches").then().statusCode(200).body(not(containsString("登记检测批次")));
        as("sun.auditor").get("/portal/batches/" + Batches.BATCH_ID).then().statusCode(200)
                .body(containsString("2021年第1批检测"), not(containsString("enctype=\"multipart/form-data\"")));
        as("li.approver").formParam("title", "x").post("/portal/batches").then().statusCode(403);
    }

    @Test
    void theBatchListFollowsTheServicesNextLinksToItsEnd() {
        as("sun.auditor").get("/portal/batches").then().statusCode(200)
                .body(containsString("2021年第1批检测"), containsString("2021年第2批检测"));
    }

    @Test
    void anUploadIsFollowedToItsReportOfBadLines() {
        byte[] csv = "packageName,appName\n,豆瓣\ncom.x,X\n".getBytes(StandardCharsets.UTF_8);
        as("wang.official").multiPart("file", "findings.csv", csv, "text/csv")
                .post("/portal/batches/" + Batches.BATCH_ID + "/imports").then().statusCode(303)
                .header("Location", endsWith("/portal/batches/" + Batches.BATCH_ID + "/imports/" + Batches.JOB_ID + "?lines=3"));
        String progress = "/portal/batches/" + Batches.BATCH_ID + "/imports/" + Batches.JOB_ID;
        as("wang.official").get(progress + "?lines=3").then().statusCode(200)
                .body(containsString("正在导入"), containsString("<progress id=\"import-bar\" max=\"100\" value=\"33\">"),
                        containsString("hx-trigger=\"every 1s\""));
        as("wang.official").header("HX-Request", "true").get(progress + "/progress?lines=3").then().statusCode(200)
                .body(containsString("已拒绝"), containsString("line 2"), containsString("packageName is missing"),
                        not(containsString("hx-trigger")), not(containsString("<html")));
    }

    @Test
    void aMalformedLinkOnAPortalPageIsAnHtmlPageWhileTheApiKeepsProblemDocuments() {
        as("wang.official").get("/portal/batches/" + Batches.BATCH_ID + "?after=abc").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("页面不存在"), not(containsString("Exception")));
        as("wang.official").get("/portal/no-such-page").then().statusCode(404).contentType(containsString("text/html"));
        caller.anonymous().get("/audit/records?limit=abc").then().contentType(containsString("application/problem+json"));
    }
}
