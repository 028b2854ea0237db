package org.appsupervision.portal.complaint;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.Complaints;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The public complaint pages and the officials' queue against the stand-in notice-service. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class ComplaintPagesTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final Caller caller = Caller.fresh();

    private RequestSpecification reader() {
        return caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin");
    }

    @Test
    void theFormHasLabelledFieldsAndNoScripts() {
        String page = reader().get("/complaints/new").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<label for=\"cmp-appName\">"), containsString("<legend>遇到的问题（可多选）</legend>"),
                        containsString("value=\"collect-beyond-scope\""), containsString("华为应用市场"),
                        containsString("enctype=\"multipart/form-data\""), containsString("仅工作人员可见"))
                .extract().asString();
        assertTrue(!page.contains("<script") || !page.substring(page.indexOf("<main")).contains("<script"),
                "the form needs no script");
        reader().cookie("lang", "en").get("/complaints/new").then().statusCode(200)
                .body(containsString("Complain about an app"), containsString("Huawei AppGallery"));
    }

    @Test
    void aComplaintFromTheFormReachesTheServiceWithItsScreenshotsAndTheClientsAddress() {
        String location = form(new String[][] {{"appName", "投诉应用"}, {"packageName", "com.example.complained"},
                {"store", "huawei"}, {"problems", "collect-beyond-scope"}, {"description", "首次打开就读取通讯录"},
                {"contactPhone", "13800138000"}}, PNG).post("/complaints/new").then().statusCode(303).extract()
                .header("Location");
        assertTrue(location.endsWith("/complaints/" + Complaints.NUMBER + "?fresh=received"), location);
        JsonObject filed = Complaints.LAST_FILED.get();
        assertEquals("com.example.complained", filed.getString("packageName"));
        assertEquals("13800138000", filed.getJsonObject("contact").getString("phone"));
        assertEquals(Base64.getEncoder().encodeToString(PNG), filed.getJsonArray("screenshots").getString(0));
        assertEquals(caller.address(), Complaints.LAST_ADDRESS.get());
        reader().get("/complaints/" + Complaints.NUMBER + "?fresh=received").then().statusCode(200)
                .body(containsString(Complaints.NUMBER), containsString("投诉已收到"), containsString("不予处理"),
                        containsString("不属于侵害用户权益"), not(containsString("13800138000")));
    }

    @Test
    void theServicesFieldErrorsStandBesideTheFieldsAndTheInputIsKept() {
        form(new String[][] {{"appName", "投诉应用"}, {"problems", "collect-beyond-scope"},
                {"description", "坏的输入"}, {"contactPhone", "123"}}, null).post("/complaints/new").then().statusCode(400)
                .body(containsString("id=\"cmp-contactPhone-error\""), containsString("不是手机号码"),
                        containsString("id=\"cmp-screenshots-error\""), containsString("#2: is neither a PNG"),
                        containsString("aria-invalid=\"true\""), containsString("坏的输入"),
                        containsString("value=\"collect-beyond-scope\" checked"));
    }

    @Test
    void complaintsFromOneAddressMeetTheirOwnLimitAtTheGatewayWhicheverWayTheyCome() {
        String json = "{\"appName\":\"投诉应用\",\"problems\":[\"collect-beyond-scope\"],\"description\":\"读取通讯录\"}";
        for (int i = 0; i < 2; i++) {
            caller.anonymous().contentType("application/json").body(json).post("/api/public/complaints").then()
                    .statusCode(201);
        }
        form(new String[][] {{"appName", "投诉应用"}, {"problems", "collect-beyond-scope"}, {"description", "读取通讯录"}},
                null).post("/complaints/new").then().statusCode(303);
        caller.anonymous().contentType("application/json").body(json).post("/api/public/complaints").then()
                .statusCode(429).contentType("application/problem+json").header("Retry-After", not(equalTo(null)));
        Caller.fresh().anonymous().contentType("application/json").body(json).post("/api/public/complaints").then()
                .statusCode(201);
    }

    @Test
    void anUnknownTrackingNumberIsAPageNotFound() {
        reader().get("/complaints/TS-2026-ZZZZZZZZZZ").then().statusCode(404).contentType(containsString("text/html"));
        reader().get("/complaints?number=" + Complaints.NUMBER).then().statusCode(303)
                .header("Location", containsString("/complaints/" + Complaints.NUMBER));
    }

    @Test
    void theGatewayPassesTheClientsAddressOnAndReplacesAForgedOne() {
        caller.anonymous().header("X-Supervision-Client-Address", "10.9.8.7").get("/api/public/echo").then()
                .body("clientAddress", equalTo(caller.address()));
    }

    @Test
    void officialsTriageFromTheQueueAndOnlyTheySeeTheContact() {
        as("wang.official").get("/portal/complaints").then().statusCode(200)
                .body(containsString("/portal/complaints/" + Complaints.ID), containsString(Complaints.NUMBER));
        as("wang.official").get("/portal/complaints/" + Complaints.ID).then().statusCode(200)
                .body(containsString("13800138000"), containsString("id=\"finding-form\""),
                        containsString("id=\"reject-form\""));
        as("wang.official").get("/portal/complaints/" + Complaints.ID + "/screenshots/1").then().statusCode(200)
                .contentType("image/png");
        as("sun.auditor").get("/portal/complaints/" + Complaints.ID + "/screenshots/1").then().statusCode(403);
        as("wang.official").formParam("version", "3.2.1").post("/portal/complaints/" + Complaints.ID + "/finding")
                .then().statusCode(303).header("Location", containsString("/portal/complaints/" + Complaints.ID
                        + "?done=done"));
        assertTrue(Complaints.LAST_ACTION.get().startsWith("finding {\"version\":\"3.2.1\""),
                Complaints.LAST_ACTION.get());
        as("sun.auditor").get("/portal/complaints/" + Complaints.ID).then().statusCode(200)
                .body(not(containsString("id=\"finding-form\"")), not(containsString("id=\"reject-form\"")));
        as("sun.auditor").formParam("reason", "x").post("/portal/complaints/" + Complaints.ID + "/rejection")
                .then().statusCode(403);
        caller.anonymous().redirects().follow(false).get("/portal/complaints").then().statusCode(303);
    }

    /** The form as a browser sends it: multipart in UTF-8 with a Content-Length (rest-assured's own is streamed). */
    private RequestSpecification form(String[][] fields, byte[] screenshot) {
        String boundary = "complaint-boundary-7f3a";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String[] field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (screenshot != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"screenshots\"; "
                    + "filename=\"shot.png\"\r\nContent-Type: image/png\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(screenshot);
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return reader().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    private RequestSpecification as(String username) {
        String token = reader().formParam("username", username).formParam("password", Caller.PASSWORD).post("/login")
                .then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token)
                .header("Sec-Fetch-Site", "same-origin");
    }
}
