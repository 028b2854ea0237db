package org.appsupervision.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.EnterpriseStubs;
import org.appsupervision.gateway.StubServices;
import org.appsupervision.gateway.account.Account;
import org.appsupervision.gateway.account.AccountRepository;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The enterprise's pages at the gateway alone, against the stand-ins of {@link EnterpriseStubs} (penalty-service, down
 * for the other tests, answers on its port while these run): an operator sees its home, notices, apps and cases with
 * the PDFs; every other role is refused them; a service's "not found" is the portal's not-found page.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class EnterprisePagesTest {

    static final String OPERATOR = "qiye.operator";

    private final Caller caller = Caller.fresh();

    @Inject
    AccountRepository accounts;

    @ConfigProperty(name = "gateway.routes.penalty")
    String penaltyRoute;

    private Vertx vertx;

    @BeforeEach
    void anOperatorAccountAndPenaltyServiceAnswering() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.findByIdOptional(OPERATOR).isEmpty()) {
                Account account = new Account();
                account.username = OPERATOR;
                account.displayName = "深圳市甲科技有限公司";
                account.passwordHash = BcryptUtil.bcryptHash(Caller.PASSWORD);
                account.roles = new java.util.HashSet<>(Set.of(Roles.OPERATOR));
                account.enabled = true;
                account.createdAt = Instant.now();
                account.passwordChangedAt = account.createdAt;
                accounts.persist(account);
            }
        });
        vertx = Vertx.vertx();
        HttpServer penalty = vertx.createHttpServer().requestHandler(EnterpriseStubs::penalty);
        penalty.listen(URI.create(penaltyRoute).getPort(), "127.0.0.1").toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join();
    }

    @AfterEach
    void penaltyServiceDownAgain() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).formParam("return", "/portal/enterprise")
                .post("/login").then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token);
    }

    @Test
    void anOperatorSeesItsHomeWithDeadlinesInDaysAppsNoticesAndCases() {
        String html = as(OPERATOR).get("/portal/enterprise").then().statusCode(200)
                .body(containsString("企业首页"), containsString("还剩 5 天"),
                        containsString("href=\"/portal/enterprise/apps/" + EnterpriseStubs.PACKAGE + "\""),
                        containsString("href=\"/portal/enterprise/notices/" + EnterpriseStubs.NOTICE_ID + "\""),
                        containsString("href=\"/portal/enterprise/cases/" + EnterpriseStubs.CASE_ID + "\""),
                        containsString("京通案〔2026〕7号"), containsString("href=\"/portal/enterprise\" aria-current=\"page\""),
                        not(containsString("href=\"/portal/boards\"")), not(containsString("暂时不可用")))
                .extract().asString();
        assertTrue(html.indexOf("还剩 5 天") < html.indexOf("id=\"enterprise-apps\""), "deadlines come first");
        as(OPERATOR).cookie("lang", "en").get("/portal/enterprise").then().statusCode(200)
                .body(containsString("Enterprise home"), containsString("5 days left"), containsString("Penalty cases"));
    }

    @Test
    void theNoticePageShowsItsItemsOrdersPerStoreAndLinksTheReportFormWhileTheDeadlineIsOpen() {
        as(OPERATOR).get("/portal/enterprise/notices/" + EnterpriseStubs.NOTICE_ID).then().statusCode(200)
                .body(containsString("关于侵害用户权益行为的APP通报（企业测试）"), containsString("超范围收集个人信息"),
                        containsString("待核查"), containsString("还剩 5 天"),
                        containsString("href=\"/portal/enterprise/reports/new?itemId=" + EnterpriseStubs.ITEM_ID + "\""),
                        containsString("huawei"), containsString("已完成"), containsString("xiaomi"),
                        containsString("已逾期"));
    }

    @Test
    void theAppPageShowsItsFindingsNoticesAndOrders() {
        as(OPERATOR).get("/portal/enterprise/apps/" + EnterpriseStubs.PACKAGE).then().statusCode(200)
                .body(containsString("企业演示应用"), containsString("首次启动读取通讯录"), containsString("工业和信息化部"),
                        containsString("href=\"/portal/enterprise/notices/" + EnterpriseStubs.NOTICE_ID + "\""),
                        containsString("xiaomi"));
    }

    @Test
    void theCasePageShowsTheDecisionAndDownloadsTheServedPdfAsIssued() {
        String link = "/portal/enterprise/cases/" + EnterpriseStubs.CASE_ID + "/documents/" + EnterpriseStubs.DOCUMENT_ID
                + ".pdf";
        as(OPERATOR).get("/portal/enterprise/cases/" + EnterpriseStubs.CASE_ID).then().statusCode(200)
                .body(containsString("京通罚〔2026〕7号"), containsString("个人信息保护法"), containsString("400,000"),
                        containsString("href=\"" + link + "\""));
        byte[] pdf = as(OPERATOR).get(link).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(EnterpriseStubs.PDF.getBytes(StandardCharsets.US_ASCII), pdf);
    }

    @Test
    void whatAServiceDoesNotFindIsThePortalsNotFoundPage() {
        RequestSpecification operator = as(OPERATOR);
        for (String path : List.of("/portal/enterprise/notices/" + UUID.randomUUID(),
                "/portal/enterprise/apps/com.other.enterprise", "/portal/enterprise/apps/not a package",
                "/portal/enterprise/cases/" + UUID.randomUUID(),
                "/portal/enterprise/cases/" + EnterpriseStubs.CASE_ID + "/documents/" + UUID.randomUUID() + ".pdf")) {
            operator.get(path).then().statusCode(404).body(containsString("页面不存在"));
        }
    }

    @Test
    void everyOtherRoleIsRefusedTheEnterprisePagesAndTheAnonymousAreSentToLogIn() {
        List<String> pages = List.of("/portal/enterprise", "/portal/enterprise/notices/" + EnterpriseStubs.NOTICE_ID,
                "/portal/enterprise/apps/" + EnterpriseStubs.PACKAGE, "/portal/enterprise/cases/" + EnterpriseStubs.CASE_ID,
                "/portal/enterprise/cases/" + EnterpriseStubs.CASE_ID + "/documents/" + EnterpriseStubs.DOCUMENT_ID + ".pdf");
        for (String official : List.of("wang.official", "li.approver", "zhao.bj", "sun.auditor", "admin")) {
            RequestSpecification as = as(official);
            for (String page : pages) {
                assertEquals(403, as.get(page).then().extract().statusCode(), official + " " + page);
            }
            as.get("/portal/batches").then().body(not(containsString("href=\"/portal/enterprise\"")));
        }
        for (String page : pages) {
            caller.anonymous().redirects().follow(false).get(page).then().statusCode(303)
                    .header("Location", containsString("/login"));
        }
    }
}
