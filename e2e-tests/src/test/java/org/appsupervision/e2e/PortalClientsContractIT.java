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
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.api.PerService;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.EnterpriseOrder;
import org.appsupervision.portal.api.appstore.ModelLines;
import org.appsupervision.portal.api.appstore.Order;
import org.appsupervision.portal.api.appstore.Preinstallers;
import org.appsupervision.portal.api.appstore.Scorecard;
import org.appsupervision.portal.api.appstore.ServiceLevel;
import org.appsupervision.portal.api.appstore.Store;
import org.appsupervision.portal.api.appstore.UndeliverableOrder;
import org.appsupervision.portal.api.audit.AuditApi;
import org.appsupervision.portal.api.notice.AppSdks;
import org.appsupervision.portal.api.notice.EnterpriseView;
import org.appsupervision.portal.api.notice.HolidayYear;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.api.notice.ProblemKind;
import org.appsupervision.portal.api.notice.PublicNoticeApi;
import org.appsupervision.portal.api.notice.Stats;
import org.appsupervision.portal.batch.BatchViews;
import org.appsupervision.portal.duallist.DualListViews;
import org.appsupervision.portal.notice.NoticeViews;
import org.appsupervision.portal.publicnotice.NoticeDocument;
import org.appsupervision.portal.publicnotice.NoticeSearch;
import org.appsupervision.portal.timeline.TimelinePageService;
import org.appsupervision.portal.api.audit.AuditPage;
import org.appsupervision.portal.api.audit.ChainVerification;
import org.appsupervision.portal.api.opendata.Manifest;
import org.appsupervision.portal.api.opendata.OpenDataApi;
import org.appsupervision.portal.api.opendata.Statistics;
import org.appsupervision.portal.api.penalty.BureauFigures;
import org.appsupervision.portal.api.penalty.CaseDocument;
import org.appsupervision.portal.api.penalty.CaseStep;
import org.appsupervision.portal.api.penalty.EnterpriseCase;
import org.appsupervision.portal.api.penalty.LegalBasis;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.api.penalty.PenaltyCase;
import org.appsupervision.portal.api.penalty.Proposal;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's typed clients held to the real services, without a browser: every method of {@link NoticeApi},
 * {@link PenaltyApi}, {@link AppstoreApi}, and of {@link AuditApi} and {@link OpenDataApi} at each service, is called through the gateway against the packaged suite with the token of a person who may call it, and its answer
 * must read into the portal's records with everything the portal needs filled. A service that renames, drops or
 * retypes a field the portal reads fails here.
 */
// by name: the audit trail and open-data test ("the...") runs last, when every service has written rows
@TestMethodOrder(MethodOrderer.MethodName.class)
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
        String admin = gateway.login("admin");
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Random random = new Random(SEED + 1);
        String creditCode = ChainFixtures.creditCode("110105", random);
        // the portal sends whole seconds (its periods are days); the service reads no fractions
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        String retired = "contract-retired";
        Map<String, Object> retiredStore = new java.util.HashMap<>(Map.of("code", retired, "nameZh", "契约停用商店",
                "nameEn", "Contract Retired Store", "company", "契约停用商店有限公司", "provinceCode", "44"));
        Store registered = appstore.call(admin, "registerStore", json(retiredStore));
        assertEquals(retired, registered.code());
        Map<String, Object> takedown = ChainFixtures.takedown("契约测试通报（应用商店）", List.of(ChainFixtures.app(
                "契约测试商店应用", "com.contract.appstore", creditCode, true, List.of("huawei", retired))));
        // notice-service learns of the new store from its StoreChanged; the store is retired before publication
        String notice = await().atMost(Duration.ofSeconds(30)).until(() -> gateway.as(official)
                .contentType("application/json").body(takedown).post("/api/notices").then().extract(),
                r -> r.statusCode() == 201).path("id");
        retiredStore.put("active", false);
        gateway.as(admin).contentType("application/json").body(retiredStore).put("/api/stores/" + retired)
                .then().statusCode(200);
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

        UUID noticeId = UUID.fromString(notice);
        List<Order> orders = appstore.callForRows(official, "orders", noticeId, null, null);
        assertEquals(List.of("huawei"), orders.stream().map(Order::storeCode).toList());
        await().atMost(Duration.ofSeconds(30)).until(() -> !gateway.as(official).queryParam("noticeId", notice)
                .get("/api/orders/undeliverable").then().statusCode(200).extract().jsonPath().getList("$").isEmpty());
        List<UndeliverableOrder> undeliverable = appstore.callForRows(official, "undeliverableOrders", noticeId, null);
        assertEquals(List.of(retired), undeliverable.stream().map(UndeliverableOrder::storeCode).toList());
        gateway.as(gateway.storeToken("huawei")).contentType("application/json")
                .body(Map.of("reasonCode", "NOT_LISTED", "reasonText", "本商店未上架该应用。"))
                .post("/api/store/orders/" + orders.get(0).id() + "/objection").then().statusCode(200);
        Order decided = appstore.call(official, "decideObjection", orders.get(0).id(),
                "{\"outcome\":\"REJECTED\",\"note\":\"该应用在贵商店仍可下载。\"}");
        assertEquals("REJECTED", decided.objection().outcome());

        ServiceLevel configured = appstore.call(admin, "serviceLevel");
        ServiceLevel changed = appstore.call(admin, "changeServiceLevel",
                "{\"takedownTarget\":\"PT36H\",\"reason\":\"契约测试\"}");
        assertTrue(changed.takedownTargetSeconds() == 36 * 3600 && "SET".equals(changed.source())
                && changed.changedBy() != null && changed.changedAt() != null, "the new target: " + changed);
        ServiceLevel reset = appstore.call(admin, "resetServiceLevel");
        assertEquals(configured.takedownTargetSeconds(), reset.takedownTargetSeconds());

        gateway.registerVerifiedEnterprise(official, "北京契约商店测试科技有限公司", creditCode, "contract.store.operator",
                ChainFixtures.PASSWORD);
        List<EnterpriseOrder> own = appstore.callForRows(gateway.login("contract.store.operator"), "enterpriseOrders",
                noticeId, "com.contract.appstore", null, null);
        assertTrue(own.stream().anyMatch(o -> o.storeCode().equals("huawei")), "the enterprise sees its order: " + own);

        String maker = makerWithPreinstallations("contract-phones", "com.contract.preinstalled");
        assertEquals("HANDSET_MAKER", appstore.<Store>call(official, "store", maker).kind());
        ModelLines lines = appstore.call(official, "modelLines", maker);
        assertEquals(List.of("契约 Magic 系列"), lines.items().stream().map(ModelLines.Line::modelLine).toList());
        Preinstallers makers = appstore.call(official, "preinstallers", "com.contract.preinstalled");
        assertEquals(List.of(maker), makers.items().stream().map(Preinstallers.Maker::storeCode).toList());

        assertEquals(List.of(), appstore.notCalled(), "methods of AppstoreApi the contract test does not call");
    }

    @Test
    void everyMethodOfTheNoticeClientReadsTheRealAnswersWithWhatThePortalNeedsFilled() {
        ClientContract notices = new ClientContract(NoticeApi.class, gateway);
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Random random = new Random(SEED + 2);
        BatchViews.Batch recorded = notices.call(official, "recordBatch", "{\"title\":\"契约测试检测批次\","
                + "\"runBy\":\"MINISTRY\",\"runFrom\":\"2026-01-05\",\"runTo\":\"2026-01-20\",\"appsTested\":3}");
        String batch = recorded.id().toString();
        String partyCode = ChainFixtures.creditCode("110105", random);
        gateway.as(official).contentType("application/json").body(Map.of("batchId", batch, "findings", List.of(
                finding("com.contract.notice.one", "契约测试通报应用一", partyCode),
                finding("com.contract.notice.two", "契约测试通报应用二", ChainFixtures.creditCode("110105", random)))))
                .post("/api/findings").then().statusCode(201);
        String operator = ChainFixtures.creditCode("110105", random);
        BatchViews.ImportJob csv = notices.call(official, "importCsv", recorded.id(), "packageName,appName,version,"
                + "sourceStore,problems,detectedAt,operatorName,operatorCreditCode\ncom.contract.notice.csv,契约测试导入应用,"
                + "2.0,xiaomi,collect-beyond-scope,2026-01-11,北京契约导入科技有限公司," + operator + "\n");
        BatchViews.ImportJob ndjson = notices.call(official, "importNdjson", recorded.id(), new com.fasterxml.jackson
                .databind.ObjectMapper().valueToTree(finding("com.contract.notice.ndjson", "契约测试逐行应用",
                        ChainFixtures.creditCode("440300", random)))
                .toString() + "\n");
        for (BatchViews.ImportJob job : List.of(csv, ndjson)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> gateway.as(official)
                    .get("/api/findings/imports/" + job.id()).then().extract().path("finishedAt") != null);
        }
        BatchViews.ImportJob finished = notices.call(official, "importJob", csv.id());
        assertEquals("SUCCEEDED", finished.status(), "the CSV import: " + finished);
        assertEquals("SUCCEEDED", notices.<BatchViews.ImportJob>call(official, "importJob", ndjson.id()).status());

        List<BatchViews.Batch> batches = notices.callForRows(official, "batches", null, null);
        assertTrue(batches.stream().anyMatch(b -> b.id().toString().equals(batch)), "the new batch is listed");
        assertEquals(4, notices.<BatchViews.Batch>call(official, "batch", recorded.id()).findingCount());
        List<BatchViews.Finding> findings = notices.callForRows(official, "findings", UUID.fromString(batch), null, null);
        assertEquals(4, findings.size());
        List<ProblemKind> kinds = notices.callForRows(official, "problemKinds");
        assertTrue(kinds.stream().anyMatch(k -> k.code().equals("collect-beyond-scope")), "the kinds: " + kinds);

        NoticeViews.Detail draft = notices.call(official, "draft", "from-findings", "{\"kind\":\"RECTIFICATION\","
                + "\"title\":\"契约测试整改通报\",\"rectificationDays\":15,\"workingDays\":true,\"findingIds\":["
                + findings.get(0).id() + "]}");
        assertEquals("DRAFT", draft.status());
        NoticeViews.Detail approved = notices.call(approver, "approve", draft.id());
        assertEquals("APPROVED", approved.status());
        NoticeViews.Detail published = notices.call(approver, "publish", draft.id());
        assertTrue(published.publishedAt() != null && published.deadline() != null
                && published.deadline().date() != null, "a published notice has its deadline: " + published);
        NoticeViews.Detail read = notices.call(official, "notice", draft.id());
        assertEquals(published.contentHash(), read.contentHash());
        List<NoticeViews.Summary> listed = notices.callForRows(official, "notices", null, null);
        assertTrue(listed.stream().anyMatch(n -> n.id().equals(draft.id())), "the notice is listed");

        NoticeViews.Detail second = notices.call(official, "draft", "from-findings", "{\"kind\":\"RECTIFICATION\","
                + "\"title\":\"契约测试撤回通报\",\"rectificationDays\":15,\"workingDays\":true,\"findingIds\":["
                + findings.get(1).id() + "]}");
        NoticeViews.Detail withdrawn = notices.call(official, "withdraw", second.id(), "{\"reason\":\"契约测试撤回\"}");
        assertTrue(withdrawn.withdrawal() != null, "the withdrawal is recorded: " + withdrawn);

        List<TimelinePageService.App> apps = notices.callForRows(official, "apps", "契约测试通报应用");
        assertTrue(apps.stream().anyMatch(a -> a.packageName().equals("com.contract.notice.one")), "the apps: " + apps);
        TimelinePageService.App app = notices.call(official, "app", "com.contract.notice.one");
        assertEquals("契约测试通报应用一", app.name());
        List<TimelinePageService.Entry> timeline = notices.callForRows(official, "timeline", "com.contract.notice.one");
        assertTrue(timeline.stream().anyMatch(e -> draft.id().equals(e.noticeId())), "the timeline names the notice");
        AppSdks sdks = notices.call(official, "appSdks", "com.contract.notice.one");
        assertEquals(List.of(), sdks.items(), "detection reported no SDK in the app");

        ClientContract publicNotices = new ClientContract(PublicNoticeApi.class, gateway);
        NoticeSearch.Results found = publicNotices.call(null, "notices", 0, 20, "com.contract.notice.one", null, null, null,
                null, null);
        assertEquals(List.of(draft.id()), found.items().stream().map(NoticeSearch.Summary::id).toList());
        NoticeDocument document = publicNotices.call(null, "notice", draft.id());
        assertEquals(read.contentHash(), document.contentHash());
        assertEquals(List.of(), publicNotices.notCalled(), "methods of PublicNoticeApi the contract test does not call");

        gateway.registerVerifiedEnterprise(official, "契约测试通报应用一科技有限公司", partyCode, "contract.notice.operator",
                ChainFixtures.PASSWORD);
        String party = gateway.login("contract.notice.operator");
        List<EnterpriseView.App> ownApps = notices.callForRows(party, "enterpriseApps", 50);
        assertEquals(List.of("com.contract.notice.one"), ownApps.stream().map(EnterpriseView.App::packageName).toList());
        EnterpriseView.AppDetail ownApp = notices.call(party, "enterpriseApp", "com.contract.notice.one");
        assertTrue(ownApp.findingCount() >= 1 && !ownApp.findings().isEmpty() && !ownApp.notices().isEmpty(),
                "the party's app with its finding and notice: " + ownApp);
        List<EnterpriseView.NoticeLine> ownNotices = notices.callForRows(party, "enterpriseNotices", 50);
        assertTrue(ownNotices.stream().anyMatch(n -> n.id().equals(draft.id())), "the party sees the notice");
        EnterpriseView.Notice ownNotice = notices.call(party, "enterpriseNotice", draft.id());
        assertEquals(1, ownNotice.items().size(), "only the party's own item: " + ownNotice);

        List<DualListViews.Kind> infoKinds = notices.callForRows(party, "personalInfoKinds");
        DualListViews.DualList saved = notices.call(party, "saveDualListDraft", "{\"packageName\":"
                + "\"com.contract.notice.one\",\"appVersion\":\"1.0\",\"collected\":[{\"kind\":\""
                + infoKinds.get(0).code() + "\",\"purpose\":\"账号登录\",\"scenario\":\"注册\"}],\"shared\":[]}");
        assertEquals("DRAFT", saved.status());
        DualListViews.DualList publishedList = notices.call(party, "publishDualList", saved.id());
        assertEquals("PUBLISHED", publishedList.status());
        assertEquals(1, notices.<DualListViews.DualList>call(party, "ownDualList", saved.id()).collected().size());
        List<DualListViews.AppVersions> ownVersions = notices.callForRows(party, "ownDualListApps", null, null);
        assertTrue(ownVersions.stream().anyMatch(a -> a.packageName().equals("com.contract.notice.one")));
        DualListViews.Check ownCheck = notices.call(party, "ownDualListCheck", "com.contract.notice.one");
        assertTrue(!ownCheck.history().isEmpty(), "the party's check lists its list: " + ownCheck);
        DualListViews.Check officialCheck = notices.call(official, "dualListCheck", "com.contract.notice.one");
        assertEquals("com.contract.notice.one", officialCheck.packageName());

        Stats stats = notices.call(official, "stats");
        assertTrue(stats.totals().appsNotified() >= 1 && !stats.perYear().isEmpty(), "the statistics count it: " + stats);
        String admin = gateway.login("admin");
        HolidayYear replaced = notices.call(admin, "replaceHolidays", 2031, "{\"holidays\":[\"2031-10-01\"],"
                + "\"adjustedWorkingDays\":[\"2031-09-28\"]}");
        assertEquals(List.of(LocalDate.parse("2031-10-01")), replaced.holidays());
        List<HolidayYear> calendar = notices.callForRows(admin, "holidays");
        assertTrue(calendar.stream().anyMatch(y -> y.year() == 2031 && "admin".equals(y.changedBy())), "the calendar");

        assertEquals(List.of(), notices.notCalled(), "methods of NoticeApi the contract test does not call");
    }

    private static Map<String, Object> finding(String packageName, String appName, String operatorCreditCode) {
        return Map.of("packageName", packageName, "appName", appName, "version", "1.0", "sourceStore", "huawei",
                "problems", List.of("collect-beyond-scope"), "detectedAt", "2026-01-10T09:30:00+08:00",
                "operatorName", appName + "科技有限公司", "operatorCreditCode", operatorCreditCode);
    }

    @Test
    void theAuditTrailAndOpenDataClientsReadEveryServicesRealAnswers() {
        String admin = gateway.login("admin");
        LocalDate yesterday = LocalDate.now(CHINA).minusDays(1);
        for (PortalService service : PortalService.values()) {
            String name = PerService.name(service);
            ClientContract audit = new ClientContract(AuditApi.class, gateway);
            AuditPage page = audit.call(admin, "trail", name, null, null, null, null, 5);
            assertTrue(!page.entries().isEmpty(), name + ": the trail has entries (its reference data at least)");
            ChainVerification chain = audit.call(admin, "verification", name);
            assertTrue(chain.intact(), name + "'s chain is intact: " + chain);
            assertEquals(List.of(), audit.notCalled(), "methods of AuditApi the contract test does not call");

            gateway.as(admin).contentType("application/json").body(Map.of("date", yesterday.toString()))
                    .post("/api/admin/open-data/" + name + "/dumps").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            ClientContract openData = new ClientContract(OpenDataApi.class, gateway);
            List<Manifest> days = openData.callForRows(admin, "manifests", name, 14);
            assertTrue(days.stream().anyMatch(d -> d.date().equals(yesterday) && !d.files().isEmpty()),
                    name + " lists yesterday's dump: " + days);
            Statistics statistics = openData.call(admin, "statistics", name, yesterday.minusDays(6), yesterday);
            assertEquals(yesterday, statistics.to());
            assertEquals(List.of(), openData.notCalled(), "methods of OpenDataApi the contract test does not call");
        }
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
