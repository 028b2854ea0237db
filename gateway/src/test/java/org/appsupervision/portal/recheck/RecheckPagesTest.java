package org.appsupervision.portal.recheck;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.Rechecks;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The enterprise's report pages, the agency's task pages and the officials' re-check page, against stubbed services. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class RecheckPagesTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Caller caller = Caller.fresh();

    @Inject
    DataSource database;

    private static final String BOUNDARY = "recheck-boundary-5e1c";

    /** A form as a browser sends it: multipart with a Content-Length (rest-assured would stream it). */
    private static byte[] form(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i += 2) {
            String name = (String) parts[i];
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
            byte[] content;
            if (parts[i + 1] instanceof Object[] file) {
                head += "; filename=\"" + file[0] + "\"\r\nContent-Type: " + file[1];
                content = (byte[]) file[2];
            } else {
                content = ((String) parts[i + 1]).getBytes(StandardCharsets.UTF_8);
            }
            out.writeBytes((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Object[] file(String name, String type, byte[] content) {
        return new Object[] {name, type, content};
    }

    private RequestSpecification upload(String username, Object... parts) {
        return as(username).contentType("multipart/form-data; boundary=" + BOUNDARY).body(form(parts));
    }

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).formParam("return", "/portal")
                .post("/login").then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token)
                .header("Sec-Fetch-Site", "same-origin");
    }

    /** An account of a role the admin API does not create yet (the accounts part adds that), made in its tables. */
    private String accountWithRole(String username, String role) throws Exception {
        int status = caller.as(caller.login("admin")).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", username, "roles", List.of("official"),
                        "password", Caller.PASSWORD)).post("/admin/accounts").then().extract().statusCode();
        assertTrue(status == 201 || status == 409, "creating " + username + " answered " + status);
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE account_role SET role = ? WHERE username = ?")) {
            update.setString(1, role);
            update.setString(2, username);
            update.executeUpdate();
        }
        return username;
    }

    @Test
    void anEnterpriseSeesItsReportsAndSubmitsOneWithItsEvidenceFiles() throws Exception {
        String operator = accountWithRole("douban.portaltest", "operator");
        as(operator).get("/portal/enterprise/reports").then().statusCode(200)
                .body(containsString("豆瓣"), containsString("中国信息通信研究院（演示）"),
                        containsString("href=\"/portal/enterprise/reports\""), not(containsString("/portal/rechecks\"")),
                        // the menu marks one entry current: the reports, not also the enterprise home it lies under
                        containsString("<a href=\"/portal/enterprise/reports\" aria-current=\"page\">"),
                        not(containsString("<a href=\"/portal/enterprise\" aria-current=\"page\">")));
        as(operator).cookie("lang", "en").get("/portal/enterprise/reports").then().statusCode(200)
                .body(containsString("My rectification reports"));
        as(operator).get("/portal/enterprise/reports/new?itemId=" + Rechecks.ITEM_ID).then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""), containsString("value=\"" + Rechecks.ITEM_ID + "\""));
        Rechecks.WRITES.clear();
        upload(operator, "itemId", Rechecks.ITEM_ID, "changes", "关闭首次启动读取通讯录", "fixedVersion", "7.19.0",
                "files", file("整改说明.pdf", "application/pdf", PDF)).post("/portal/enterprise/reports/new").then().statusCode(303)
                .header("Location", endsWith("/portal/enterprise/reports?done=" + Rechecks.REPORT_ID));
        assertTrue(Rechecks.WRITES.get(0).startsWith("POST /api/enterprise/rectification-reports application/json"),
                Rechecks.WRITES.toString());
        assertTrue(Rechecks.WRITES.get(1).startsWith("POST /api/enterprise/rectification-reports/" + Rechecks.REPORT_ID
                + "/evidence application/pdf " + PDF.length), Rechecks.WRITES.toString());
        assertTrue(Rechecks.WRITES.get(2).startsWith("POST /api/enterprise/rectification-reports/" + Rechecks.REPORT_ID
                + "/submission"), Rechecks.WRITES.toString());
    }

    @Test
    void aReportWithoutEvidenceOrAfterTheDeadlineIsToldWhyBesideTheForm() throws Exception {
        String operator = accountWithRole("shop.portaltest", "operator");
        Rechecks.WRITES.clear();
        upload(operator, "itemId", Rechecks.ITEM_ID, "changes", "改了", "fixedVersion", "2.0").post("/portal/enterprise/reports/new").then().statusCode(400).body(containsString("请至少上传一个证据文件"));
        assertTrue(Rechecks.WRITES.isEmpty(), Rechecks.WRITES.toString());
        upload(operator, "itemId", Rechecks.ITEM_ID, "changes", "改了", "fixedVersion", "late",
                "files", file("a.pdf", "application/pdf", PDF)).post("/portal/enterprise/reports/new").then()
                .statusCode(400).body(containsString("整改期限已过"), containsString("alert-error"),
                        not(containsString("Exception")));
        as(operator).get("/portal/rechecks").then().statusCode(403);
        as("wang.official").get("/portal/enterprise/reports").then().statusCode(403);
    }

    @Test
    void anAgencyReadsItsTaskDownloadsTheEvidenceAndRecordsItsResult() throws Exception {
        String agency = accountWithRole("caict.portaltest", "agency");
        as(agency).get("/portal/agency/tasks").then().statusCode(200)
                .body(containsString("/portal/agency/tasks/" + Rechecks.TASK_ID), containsString("豆瓣"));
        as(agency).get("/portal/agency/tasks/" + Rechecks.TASK_ID).then().statusCode(200)
                .body(containsString("/portal/agency/tasks/" + Rechecks.TASK_ID + "/evidence/" + Rechecks.EVIDENCE_ID),
                        containsString("name=\"outcome\""), containsString("cd".repeat(32)));
        as(agency).get("/portal/agency/tasks/" + Rechecks.TASK_ID + "/evidence/" + Rechecks.EVIDENCE_ID).then()
                .statusCode(200).contentType("application/pdf").body(containsString("%PDF-1.4 stub"));
        as(agency).get("/portal/agency/tasks/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        Rechecks.WRITES.clear();
        upload(agency, "outcome", "NOT_RECTIFIED", "testedVersion", "7.19.0", "findings", "仍读取通讯录",
                "files", file("复测截图.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})).post("/portal/agency/tasks/" + Rechecks.TASK_ID).then().statusCode(303)
                .header("Location", endsWith("/portal/agency/tasks/" + Rechecks.TASK_ID + "?done=1"));
        assertTrue(Rechecks.WRITES.get(0).startsWith("POST /api/agency/tasks/" + Rechecks.TASK_ID + "/evidence image/png"));
        assertTrue(Rechecks.WRITES.get(1).startsWith("POST /api/agency/tasks/" + Rechecks.TASK_ID + "/result application/json"));
        as("wang.official").get("/portal/agency/tasks").then().statusCode(403);
    }

    @Test
    void officialsSetTheRuleReassignAndOverrideWithAReasonWhileAuditorsOnlyRead() {
        as("wang.official").get("/portal/rechecks").then().statusCode(200)
                .body(containsString("轮流分派"), containsString("/portal/rechecks/" + Rechecks.TASK_ID + "/assignment"),
                        containsString("action=\"/portal/rechecks/override\""));
        as("sun.auditor").get("/portal/rechecks").then().statusCode(200)
                .body(containsString("豆瓣"), not(containsString("action=\"/portal/rechecks/override\"")));
        as("sun.auditor").formParam("rule", "BY_PROVINCE").post("/portal/rechecks/rule").then().statusCode(403);
        Rechecks.WRITES.clear();
        as("wang.official").formParam("rule", "BY_PROVINCE").post("/portal/rechecks/rule").then().statusCode(303);
        as("wang.official").formParam("agencyCode", "91310115MA1CHKQ02C").formParam("reason", "回避")
                .post("/portal/rechecks/" + Rechecks.TASK_ID + "/assignment").then().statusCode(303);
        as("wang.official").formParam("noticeId", "5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60")
                .formParam("itemId", Rechecks.ITEM_ID).formParam("status", "RECTIFIED").formParam("fixedVersion", "7.19.0")
                .formParam("reason", "现场核查已整改").post("/portal/rechecks/override").then().statusCode(303);
        assertTrue(Rechecks.WRITES.get(0).startsWith("PUT /api/rechecks/assignment-rule"), Rechecks.WRITES.toString());
        assertTrue(Rechecks.WRITES.get(1).startsWith("POST /api/rechecks/" + Rechecks.TASK_ID + "/assignment"));
        assertTrue(Rechecks.WRITES.get(2).startsWith("PUT /api/notices/5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60/items/"
                + Rechecks.ITEM_ID + "/rectification"));
    }

    @Test
    void officialsOpenTheRecheckOfAnSdkItemFromTheRecheckPageAndTheNoticePage() {
        as("wang.official").get("/portal/rechecks").then().statusCode(200)
                .body(containsString("友盟+统计SDK"), containsString("北京锐讯灵通科技有限公司"), containsString("9.6.1、9.6.3"),
                        containsString("action=\"/portal/rechecks/open\""));
        as("sun.auditor").get("/portal/rechecks").then().statusCode(200)
                .body(containsString("友盟+统计SDK"), not(containsString("action=\"/portal/rechecks/open\"")));
        as("wang.official").get("/portal/notices/" + org.appsupervision.gateway.DraftNotices.SDK_PUBLISHED_ID).then()
                .statusCode(200).body(containsString("id=\"sdk-rechecks\""),
                        containsString("name=\"itemId\" value=\"" + org.appsupervision.gateway.DraftNotices.SDK_ITEM_ID + "\""));
        as("wang.official").get("/portal/notices/" + org.appsupervision.gateway.DraftNotices.SDK_DRAFT_ID).then()
                .statusCode(200).body(not(containsString("id=\"sdk-rechecks\"")));
        as("li.approver").get("/portal/notices/" + org.appsupervision.gateway.DraftNotices.SDK_PUBLISHED_ID).then()
                .statusCode(200).body(not(containsString("id=\"sdk-rechecks\"")));

        Rechecks.WRITES.clear();
        as("sun.auditor").formParam("itemId", org.appsupervision.gateway.DraftNotices.SDK_ITEM_ID)
                .post("/portal/rechecks/open").then().statusCode(403);
        as("wang.official").formParam("itemId", "not-an-id").post("/portal/rechecks/open").then().statusCode(400)
                .body(containsString("未指定通报条目"), containsString("value=\"not-an-id\""));
        assertTrue(Rechecks.WRITES.isEmpty(), Rechecks.WRITES.toString());
        as("wang.official").formParam("itemId", org.appsupervision.gateway.DraftNotices.SDK_ITEM_ID)
                .post("/portal/rechecks/open").then().statusCode(303)
                .header("Location", endsWith("/portal/rechecks?done=1"));
        assertTrue(Rechecks.WRITES.get(0).startsWith("POST /api/rechecks application/json"), Rechecks.WRITES.toString());
        as("wang.official").formParam("itemId", Rechecks.REPORTED_ITEM_ID).post("/portal/rechecks/open").then()
                .statusCode(409).body(containsString("role=\"alert\""),
                        containsString("value=\"" + Rechecks.REPORTED_ITEM_ID + "\""));
    }

    @Test
    void anAgencySeesAnSdkTaskWithTheSdkItsProviderAndVersionsInsteadOfAnApp() throws Exception {
        String agency = accountWithRole("caict.sdktest", "agency");
        as(agency).get("/portal/agency/tasks").then().statusCode(200)
                .body(containsString("/portal/agency/tasks/" + Rechecks.SDK_TASK_ID), containsString("友盟+统计SDK"),
                        containsString("北京锐讯灵通科技有限公司"));
        as(agency).get("/portal/agency/tasks/" + Rechecks.SDK_TASK_ID).then().statusCode(200)
                .body(containsString("id=\"task-sdk\""), containsString("友盟+统计SDK / Umeng+ analytics SDK (umeng-analytics)"),
                        containsString("北京锐讯灵通科技有限公司 · 91110000802100433B"), containsString("9.6.1、9.6.3"),
                        containsString("id=\"opened-by\""), containsString("wang.official"),
                        containsString("测试的SDK版本"), not(containsString("企业整改报告")),
                        containsString("action=\"/portal/agency/tasks/" + Rechecks.SDK_TASK_ID + "\""));
    }
}
