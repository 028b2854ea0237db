package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.ModelLines;
import org.appsupervision.portal.api.appstore.Preinstallers;
import org.appsupervision.portal.api.appstore.Scorecard;
import org.appsupervision.portal.api.appstore.Store;
import org.appsupervision.portal.api.penalty.BureauFigures;
import org.appsupervision.portal.api.penalty.CaseDocument;
import org.appsupervision.portal.api.penalty.CaseStep;
import org.appsupervision.portal.api.penalty.EnterpriseCase;
import org.appsupervision.portal.api.penalty.LegalBasis;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.api.penalty.PenaltyCase;
import org.appsupervision.portal.api.penalty.Proposal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's typed clients held to the real services, without a browser: every method of {@link PenaltyApi} and
 * {@link AppstoreApi} is called through the gateway against the packaged suite with the token of a person who may call it, and its answer
 * must read into the portal's records with everything the portal needs filled. A service that renames, drops or
 * retypes a field the portal reads fails here.
 */
class PortalClientsContractIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long SEED = 18L;

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofMinutes(10));
    static final Gateway gateway = suite.gateway();

    @Test
    void everyMethodOfThePenaltyClientReadsTheRealAnswersWithWhatThePortalNeedsFilled() {
        ClientContract penalty = new ClientContract(PenaltyApi.class, gateway);
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        String officer = gateway.login("zhao.bj");
        gateway.as(gateway.login("admin")).contentType("application/json").body(Map.of("username", "qian.bj",
                "displayName", "钱伟（北京市通信管理局）", "province", "11", "password", ChainFixtures.PASSWORD,
                "roles", List.of("bureau"))).post("/admin/accounts").then().statusCode(201);
        String secondOfficer = gateway.login("qian.bj");
        Random random = new Random(SEED);
        String creditCode = ChainFixtures.creditCode("110105", random);

        String notice = gateway.as(official).contentType("application/json").body(ChainFixtures.takedown("契约测试通报",
                List.of(ChainFixtures.app("契约测试应用", "com.contract.penalty", creditCode, true, List.of("huawei")))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        gateway.as(approver).post("/api/notices/" + notice + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + notice + "/publication").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.as(officer).get("/api/penalty/proposals")
                .then().statusCode(200).extract().jsonPath().getList("$").size() >= 1);
        List<Proposal> proposals = penalty.callForRows(officer, "proposals", null, null);

        UUID id = caseAtDecision(penalty, officer, secondOfficer, creditCode);
        List<PenaltyCase> cases = penalty.callForRows(officer, "cases", null, 1000, null);
        assertTrue(cases.stream().anyMatch(c -> c.id().equals(id)), "the new case is listed");
        PenaltyCase decided = penalty.call(officer, "penaltyCase", id);
        assertTrue(decided.decisionNumber() != null && decided.totalFine() != null && decided.priorNoticeOn() != null,
                "a decided case carries its prior notice, decision number and total fine: " + decided);
        List<CaseStep> history = penalty.callForRows(officer, "history", id);
        List<CaseDocument> documents = penalty.callForRows(officer, "documents", id);
        List<LegalBasis> bases = penalty.callForRows(officer, "legalBases");
        List<BureauFigures> figures = penalty.callForRows(official, "statistics");
        assertTrue(figures.stream().anyMatch(f -> f.cases() > 0), "the statistics count the case");

        gateway.registerVerifiedEnterprise(official, "北京契约测试科技有限公司", creditCode, "contract.operator",
                ChainFixtures.PASSWORD);
        String operator = gateway.login("contract.operator");
        List<EnterpriseCase.Line> ownCases = penalty.callForRows(operator, "enterpriseCases", 50);
        EnterpriseCase own = penalty.call(operator, "enterpriseCase", id);
        assertTrue(own.priorNotice() != null && own.decision() != null, "the party sees its prior notice and decision");

        assertEquals(List.of(), penalty.notCalled(), "methods of PenaltyApi the contract test does not call");
        assertTrue(proposals.size() + history.size() + documents.size() + bases.size() + ownCases.size() > 0);
    }

    @Test
    void everyMethodOfTheAppstoreClientReadsTheRealAnswersWithWhatThePortalNeedsFilled() {
        ClientContract appstore = new ClientContract(AppstoreApi.class, gateway);
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Random random = new Random(SEED + 1);
        // the portal sends whole seconds (its periods are days); the service reads no fractions
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        String notice = gateway.as(official).contentType("application/json").body(ChainFixtures.takedown("契约测试通报（应用商店）",
                List.of(ChainFixtures.app("契约测试商店应用", "com.contract.appstore", ChainFixtures.creditCode("110105", random),
                        true, List.of("huawei"))))).post("/api/notices").then().statusCode(201).extract().path("id");
        gateway.as(approver).post("/api/notices/" + notice + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + notice + "/publication").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.as(official).get("/api/stores/huawei/scorecard")
                .then().statusCode(200).extract().jsonPath().getLong("received") >= 1);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(1));

        List<Store> stores = appstore.callForRows(official, "stores", (Object) null);
        assertTrue(stores.stream().anyMatch(s -> s.code().equals("huawei")), "the registry lists huawei");
        Store huawei = appstore.call(official, "store", "huawei");
        assertEquals("APP_STORE", huawei.kind());
        List<Scorecard> cards = appstore.callForRows(official, "scorecards", from, to, null);
        assertTrue(cards.stream().anyMatch(c -> c.storeCode().equals("huawei") && c.received() >= 1),
                "the scorecards count the new order: " + cards);
        Scorecard card = appstore.call(official, "scorecard", "huawei", from, to);
        assertTrue(card.received() >= 1 && card.objections() != null, "the store's scorecard counts the order: " + card);

        String maker = makerWithPreinstallations("contract-phones", "com.contract.preinstalled");
        assertEquals("HANDSET_MAKER", appstore.<Store>call(official, "store", maker).kind());
        ModelLines lines = appstore.call(official, "modelLines", maker);
        assertEquals(List.of("契约 Magic 系列"), lines.items().stream().map(ModelLines.Line::modelLine).toList());
        Preinstallers makers = appstore.call(official, "preinstallers", "com.contract.preinstalled");
        assertEquals(List.of(maker), makers.items().stream().map(Preinstallers.Maker::storeCode).toList());

        assertEquals(List.of(), appstore.notCalled(), "methods of AppstoreApi the contract test does not call");
    }

    /** A handset maker registered by the admin whose one model line preinstalls {@code packageName}. */
    private static String makerWithPreinstallations(String code, String packageName) {
        String admin = gateway.login("admin");
        gateway.as(admin).contentType("application/json").body(Map.of("code", code, "nameZh", "契约测试手机",
                "nameEn", "Contract Phones", "company", "契约测试终端有限公司", "provinceCode", "44", "kind", "HANDSET_MAKER"))
                .post("/api/stores").then().statusCode(201);
        String secret = gateway.as(admin).contentType("application/json")
                .body(Map.of("clientId", "store-" + code, "storeCode", code)).post("/admin/clients")
                .then().statusCode(201).extract().path("clientSecret");
        String token = io.restassured.RestAssured.given().baseUri(suite.gatewayUrl()).auth().preemptive()
                .basic("store-" + code, secret).formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        gateway.as(token).contentType("application/json")
                .body(Map.of("apps", List.of(Map.of("packageName", packageName, "appName", "契约预置应用"))))
                .put("/api/store/preinstallations/契约 Magic 系列").then().statusCode(200);
        return code;
    }

    /** A case of Beijing's bureau from filing to a decision served, every step through the portal's own client. */
    private static UUID caseAtDecision(ClientContract penalty, String officer, String secondOfficer, String creditCode) {
        LocalDate today = LocalDate.now(CHINA);
        String id = gateway.as(officer).contentType("application/json").body(Map.of("subjectKind", "OPERATOR",
                "subjectName", "北京契约测试科技有限公司", "subjectCode", creditCode, "facts", "拒不改正违规收集个人信息的行为。",
                "filedOn", today.minusDays(40).toString())).post("/api/penalty/cases").then().statusCode(201)
                .extract().path("id");
        UUID caseId = UUID.fromString(id);
        penalty.call(officer, "step", caseId, "investigation", "{\"on\":\"" + today.minusDays(39) + "\"}");
        penalty.call(officer, "step", caseId, "investigators", "{\"name\":\"赵丽\"}");
        penalty.call(officer, "step", caseId, "investigators", "{\"name\":\"钱伟\"}");
        penalty.call(officer, "step", caseId, "review", "{\"findings\":\"查明违规收集个人信息。\",\"serious\":false,\"on\":\""
                + today.minusDays(30) + "\"}");
        penalty.call(officer, "step", caseId, "prior-notice", "{\"legalBasis\":\"PIPL-66\",\"on\":\"" + today.minusDays(20)
                + "\",\"penalties\":[{\"type\":\"FINE\",\"amountCny\":500000}]}");
        penalty.call(officer, "step", caseId, "decision", "{\"legalBasis\":\"PIPL-66\",\"on\":\"" + today.minusDays(10)
                + "\",\"penalties\":[{\"type\":\"FINE\",\"amountCny\":400000}]}");
        penalty.call(secondOfficer, "approveDecision", caseId, "{\"on\":\"" + today.minusDays(9) + "\"}");
        penalty.call(officer, "step", caseId, "service", "{\"on\":\"" + today.minusDays(8) + "\"}");
        return caseId;
    }
}
