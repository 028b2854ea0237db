package org.appsupervision.portal.duallist;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.DualLists;
import org.appsupervision.gateway.StubServices;
import org.appsupervision.gateway.account.Account;
import org.appsupervision.gateway.account.AccountRepository;
import org.appsupervision.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dual-list pages: the officials' check of an app, and the enterprise's list, draft form and publishing. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class DualListPagesTest {

    static final String ENTERPRISE = "dl.test.operator";

    private final Caller caller = Caller.fresh();

    @Inject
    AccountRepository accounts;

    @BeforeEach
    void enterpriseAccount() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.findByIdOptional(ENTERPRISE).isEmpty()) {
                Account account = new Account();
                account.username = ENTERPRISE;
                account.displayName = "北京豆网科技有限公司";
                account.passwordHash = BcryptUtil.bcryptHash(Caller.PASSWORD);
                account.roles = new java.util.HashSet<>(Set.of(Roles.OPERATOR));
                account.enabled = true;
                account.createdAt = Instant.now();
                account.passwordChangedAt = account.createdAt;
                accounts.persist(account);
            }
        });
    }

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).post("/login")
                .then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token)
                .header("Sec-Fetch-Site", "same-origin").config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")));
    }

    @Test
    void officialsSeeFoundAgainstDeclaredWithTheUndisclosedRowMarked() {
        as("sun.auditor").get("/portal/dual-lists/" + DualLists.PACKAGE).then().statusCode(200)
                .body(containsString("双清单"), containsString("北京豆网科技有限公司"), containsString("个人信息收集清单"),
                        containsString("腾讯广告"), containsString("class=\"flow-undisclosed\""),
                        containsString("未声明"), containsString("清单未声明"), containsString("通讯录"),
                        containsString("1项未声明"));
        as("chen.gd").cookie("lang", "en").get("/portal/dual-lists/" + DualLists.PACKAGE).then().statusCode(200)
                .body(containsString("Undisclosed"), containsString("not declared in the list"),
                        containsString("Contacts"));
        as("sun.auditor").get("/portal/dual-lists/com.unknown.app").then().statusCode(200)
                .body(containsString("alert-error"));
    }

    @Test
    void theAppTimelineLinksToItsDualLists() {
        as("wang.official").get("/portal/apps/" + DualLists.PACKAGE).then().statusCode(200)
                .body(containsString("href=\"/portal/dual-lists/" + DualLists.PACKAGE + "\""));
    }

    @Test
    void onlyEnterprisesUseTheEnterprisePagesAndOnlyStaffTheChecks() {
        as("wang.official").get("/portal/enterprise/dual-lists").then().statusCode(403);
        as(ENTERPRISE).get("/portal/dual-lists/" + DualLists.PACKAGE).then().statusCode(403);
        as(ENTERPRISE).get("/portal/enterprise/dual-lists").then().statusCode(200)
                .body(containsString("href=\"/portal/enterprise/dual-lists\""), not(containsString("href=\"/portal/batches\"")));
    }

    @Test
    void theEnterpriseSeesItsAppsVersionsAndHistory() {
        as(ENTERPRISE).get("/portal/enterprise/dual-lists?app=" + DualLists.PACKAGE).then().statusCode(200)
                .body(containsString("豆瓣"), containsString("7.18.0"), containsString("编辑草稿"),
                        containsString("版本历史"), containsString("已发布"), containsString("草稿"),
                        containsString("class=\"flow-undisclosed\""));
    }

    @Test
    void theDraftFormSendsItsRowsAndPublishing() {
        as(ENTERPRISE).get("/portal/enterprise/dual-lists/edit?app=" + DualLists.PACKAGE + "&version=7.18.0")
                .then().statusCode(200)
                .body(containsString("location | 推荐同城活动 | 打开同城页面时"),
                        containsString("腾讯广告 | device-id | 广告投放 | 展示广告时 | SDK"),
                        containsString("/portal/enterprise/dual-lists/" + DualLists.DRAFT_ID + "/publication"),
                        containsString("设备标识符"));
        int before = DualLists.SENT.size();
        as(ENTERPRISE).formParam("packageName", DualLists.PACKAGE).formParam("appVersion", "7.18.0")
                .formParam("collected", "location | 推荐同城活动 | 打开同城页面时\n\ncontacts｜找朋友｜导入通讯录时")
                .formParam("shared", "腾讯广告 | device-id | 广告投放 | 展示广告时 | SDK")
                .post("/portal/enterprise/dual-lists/edit").then().statusCode(303)
                .header("Location", containsString("/portal/enterprise/dual-lists/edit?app=com.douban.frodo&version=7.18.0&done=saved"));
        assertEquals(before + 1, DualLists.SENT.size());
        JsonObject sent = DualLists.SENT.get(DualLists.SENT.size() - 1);
        assertEquals("contacts", sent.getJsonArray("collected").getJsonObject(1).getString("kind"));
        assertEquals("导入通讯录时", sent.getJsonArray("collected").getJsonObject(1).getString("scenario"));
        assertEquals("SDK", sent.getJsonArray("shared").getJsonObject(0).getString("method"));

        as(ENTERPRISE).formParam("packageName", DualLists.PACKAGE).formParam("appVersion", "7.18.0")
                .formParam("collected", "location | 只有两项").formParam("shared", "")
                .post("/portal/enterprise/dual-lists/edit").then().statusCode(400)
                .body(containsString("第1行应有3项"), containsString("location | 只有两项"));
        as(ENTERPRISE).formParam("packageName", DualLists.PACKAGE).formParam("appVersion", "7.18.0")
                .formParam("collected", "mood | 心情 | 随时").formParam("shared", "")
                .post("/portal/enterprise/dual-lists/edit").then().statusCode(400)
                .body(containsString("collected[0].kind"));
        assertEquals(before + 1, DualLists.SENT.size());

        as(ENTERPRISE).formParam("packageName", DualLists.PACKAGE).formParam("appVersion", "7.18.0")
                .post("/portal/enterprise/dual-lists/" + DualLists.DRAFT_ID + "/publication").then().statusCode(303)
                .header("Location", endsWith("/portal/enterprise/dual-lists?app=com.douban.frodo&done=published"));
        assertTrue(DualLists.PUBLISHED.contains(DualLists.DRAFT_ID));
    }
}
