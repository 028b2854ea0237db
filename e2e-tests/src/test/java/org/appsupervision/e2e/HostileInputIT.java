package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.appsupervision.e2e.hostile.AnswerCheck;
import org.appsupervision.e2e.hostile.ApiOperations;
import org.appsupervision.e2e.hostile.ApiOperations.Operation;
import org.appsupervision.e2e.hostile.HostileBattery;
import org.appsupervision.e2e.hostile.Probe;
import org.appsupervision.e2e.hostile.RawHttp;
import org.appsupervision.e2e.hostile.SchemaValues;
import org.appsupervision.e2e.hostile.Schemas;
import org.appsupervision.e2e.hostile.WriteFingerprint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the suite's one OpenAPI document and sends every operation that takes parameters or a body a battery of
 * hostile values (see {@link HostileBattery}) as a caller whose role may call it; fails, in one report grouped by
 * operation, on any 5xx, any error that is not a problem document, any stack trace or class name, any hostile
 * request that was accepted, and any write that a refused request made (see {@link WriteFingerprint}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    /** Fixed, so that a failing run can be repeated request for request. */
    static final long SEED = 15;

    /** Who may call the operations whose document names no role: the gateway's own pages and public routes. */
    static final Map<String, String> UNDOCUMENTED_ROLES = undocumentedRoles();
    /**
     * Bulk operations that answer 200 with a result (and a problem) per item by design: their answer does not say
     * whether a hostile item was refused, the write check does.
     */
    static final java.util.Set<String> PER_ITEM_ANSWERS = java.util.Set.of("POST /api/store/orders/confirmations");
    /** Operations the test calls as another caller than the first role named, so that it locks out nobody. */
    static final Map<String, String> CALLER_OVERRIDES = Map.of("POST /auth/password", "throwaway");
    /** Path prefixes of each service, as the gateway routes them (to read the real answer behind an open circuit). */
    static final Map<String, List<String>> SERVICE_PREFIXES = Map.of(
            "notice-service", List.of("/api/notices", "/api/reference", "/api/apps", "/api/batches", "/api/findings",
                    "/api/public", "/api/stats", "/api/timeline", "/api/enterprise", "/api/agency", "/api/agencies",
                    "/api/rechecks", "/api/dual-lists"),
            "appstore-service", List.of("/api/store", "/api/stores", "/api/orders", "/api/service-level",
                    "/api/enterprise-orders", "/api/preinstallations"),
            "penalty-service", List.of("/api/penalty", "/public/penalty"));

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofHours(1))
            .withRepositoryFrom("security.suite.root");
    static final Gateway gateway = suite.gateway();
    static Callers callers;
    static Fixtures fixtures;
    static WriteFingerprint fingerprint;

    record Fixtures(String batch, String draft, String published, String item, String packageName, String order,
            String proposal, String caseId) {
    }

    @BeforeAll
    static void makeOneOfEverything() {
        callers = new Callers(gateway);
        gateway.as(callers.token("admin")).contentType("application/json")
                .body(Map.of("username", "hostile.throwaway", "displayName", "恶意输入测试", "roles", List.of("official"),
                        "password", ChainFixtures.PASSWORD))
                .post("/admin/accounts").then().statusCode(201);
        gateway.as(callers.token("admin")).contentType("application/json")
                .body(Map.of("username", "hostile.agency", "displayName", "恶意输入测试机构", "roles", List.of("agency"),
                        "agencyCode", "91110108MA0CHKP01U", "password", ChainFixtures.PASSWORD))
                .post("/admin/accounts").then().statusCode(201);
        gateway.registerVerifiedEnterprise(callers.token("official"), "恶意输入测试企业",
                ChainFixtures.creditCode("110105", new Random(SEED + 1)), "hostile.operator", ChainFixtures.PASSWORD);
        Map<String, String> services = new LinkedHashMap<>();
        for (String name : SERVICE_PREFIXES.keySet().stream().sorted().toList()) {
            services.put(name, suite.service(name).baseUrl());
        }
        fingerprint = new WriteFingerprint(services, suite.gatewayUrl());
        fixtures = fixtures();
    }

    @Test
    @Order(2)
    void oneAnonymousClientsBadRequestsLeaveTheServicesAvailableToOthers() {
        RawHttp raw = new RawHttp(suite.gatewayUrl());
        List<String> hostile = List.of("/api/public/notices?app=%00", "/api/public/notices?operator=%00",
                "/api/public/notices?from=2026-13-45", "/api/public/notices/%00", "/api/public/notices?page=1e400",
                "/public/penalty/decisions?province=%00", "/api/public/notices?app=%ED%A0%80");
        for (int i = 0; i < 20; i++) {
            raw.send("GET", hostile.get(0), Map.of(), null);
        }
        for (String target : hostile) {
            for (int i = 0; i < 3; i++) {
                raw.send("GET", target, Map.of(), null);
            }
        }
        int official = gateway.as(callers.token("official")).get("/api/notices").then().extract().statusCode();
        int anonymous = gateway.anonymous().get("/api/public/notices").then().extract().statusCode();
        int penalty = gateway.anonymous().get("/public/penalty/decisions").then().extract().statusCode();
        assertEquals(List.of(200, 200, 200), List.of(official, anonymous, penalty),
                "official GET /api/notices, anonymous GET /api/public/notices and /public/penalty/decisions after "
                        + "an anonymous client's hostile requests");
    }

    @Test
    @Order(1)
    void theWriteCheckSeesAWriteThatHappened() {
        Map<String, String> before = takeFingerprint();
        gateway.as(callers.token("official")).contentType("application/json").body(Map.of("title", "指纹检查批次",
                "runBy", "MINISTRY", "runFrom", "2026-10-01", "runTo", "2026-10-20", "appsTested", 10))
                .post("/api/batches").then().statusCode(201);
        Map<String, String> after = takeFingerprint();
        assertNotEquals(before, after, "a valid write must change the fingerprint");
        assertTrue(WriteFingerprint.difference(before, after).contains("notice-service"),
                WriteFingerprint.difference(before, after));
    }

    @Test
    @Order(3)
    void noHostileInputGetsA5xxAMalformedErrorOrWritesAnything() throws Exception {
        JsonNode document = new ObjectMapper().readTree(gateway.anonymous().get("/openapi.json").then().statusCode(200)
                .extract().asString());
        Schemas schemas = new Schemas(document);
        HostileBattery battery = new HostileBattery(new SchemaValues(schemas, SEED));
        RawHttp raw = new RawHttp(suite.gatewayUrl());
        Map<String, List<String>> failures = new TreeMap<>();
        int operations = 0;
        int requests = 0;
        for (Operation op : ApiOperations.of(document, schemas)) {
            if (!op.hasInput()) {
                continue;
            }
            String caller = callerOf(op);
            if (caller == null) {
                failures.computeIfAbsent(op.key(), k -> new ArrayList<>()).add("no known role: add it to "
                        + "UNDOCUMENTED_ROLES or name its roles in the OpenAPI document");
                continue;
            }
            operations++;
            List<Probe> probes = battery.probes(op, battery.validParams(op, knownParams(op)));
            List<Probe> refused = probes.stream().filter(Probe::mustRefuse).toList();
            List<Probe> tolerated = probes.stream().filter(p -> !p.mustRefuse()).toList();
            Map<String, String> before = takeFingerprint();
            List<String> accepted = new ArrayList<>();
            for (Probe probe : refused) {
                RawHttp.Answer answer = send(raw, op, caller, probe, failures);
                if (answer.status() >= 200 && answer.status() < 300) {
                    accepted.add(probe.what());
                }
            }
            Map<String, String> after = takeFingerprint();
            if (!before.equals(after)) {
                failures.computeIfAbsent(op.key(), k -> new ArrayList<>()).add("WRITE by requests that must be "
                        + "refused: " + WriteFingerprint.difference(before, after) + "; those answered 2xx: " + accepted);
            }
            for (Probe probe : tolerated) {
                send(raw, op, caller, probe, failures);
            }
            requests += probes.size();
        }
        String report = report(failures, operations, requests);
        Path file = Path.of("target", "hostile-input-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertTrue(failures.isEmpty(), report);
        assertTrue(operations > 50, "the document named only " + operations + " operations with input");
    }

    private static RawHttp.Answer send(RawHttp raw, Operation op, String caller, Probe probe,
            Map<String, List<String>> failures) {
        Map<String, String> headers = new LinkedHashMap<>(probe.headers());
        boolean page = op.path().startsWith("/portal");
        String token = caller.equals("anonymous") ? null : callers.token(caller);
        if (token != null && page) {
            headers.put("Cookie", "supervision_token=" + token);
            headers.put("Sec-Fetch-Site", "same-origin");
        } else if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        RawHttp.Answer answer = raw.send(op.method(), probe.target(), headers, probe.body());
        List<String> faults = new ArrayList<>();
        if (answer.status() == 503 && answer.body().contains("holding requests back")) {
            faults.add("503 circuit open (the gateway's breaker opened on earlier answers to bad input): the "
                    + "answer of the service itself follows");
            String service = serviceOf(op.path());
            if (service != null) {
                answer = new RawHttp(suite.service(service).baseUrl()).send(op.method(), probe.target(), headers,
                        probe.body());
            }
        }
        Probe checked = PER_ITEM_ANSWERS.contains(op.key())
                ? new Probe(probe.what(), false, probe.target(), probe.headers(), probe.body()) : probe;
        faults.addAll(AnswerCheck.faults(op.path(), checked, answer));
        for (String fault : faults) {
            failures.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(probe.what() + " -> " + fault);
        }
        return answer;
    }

    private static Map<String, String> takeFingerprint() {
        return fingerprint.take(callers.token("auditor"), callers.token("admin"));
    }

    private static String callerOf(Operation op) {
        if (CALLER_OVERRIDES.containsKey(op.key())) {
            return CALLER_OVERRIDES.get(op.key());
        }
        if (op.roles() != null && !op.roles().isEmpty()) {
            return op.roles().get(0);
        }
        return UNDOCUMENTED_ROLES.get(op.key());
    }

    private static String serviceOf(String path) {
        for (Map.Entry<String, List<String>> service : SERVICE_PREFIXES.entrySet()) {
            if (service.getValue().stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                return service.getKey();
            }
        }
        return null;
    }

    /** Real objects for path and query parameters, so that a hostile body gets past the lookup of its target. */
    private static Map<String, String> knownParams(Operation op) {
        String path = op.path();
        Map<String, String> known = new HashMap<>();
        known.put("packageName", fixtures.packageName());
        known.put("code", "huawei");
        known.put("year", "2026");
        known.put("username", "hostile.target");
        known.put("clientId", "store-oppo");
        known.put("lang", "en");
        known.put("action", "enabling");
        known.put("noticeId", fixtures.published());
        known.put("orderId", fixtures.order());
        known.put("itemId", fixtures.item());
        known.put("caseId", fixtures.caseId());
        known.put("batchId", fixtures.batch());
        String id = UUID.nameUUIDFromBytes(path.getBytes()).toString();
        if (path.startsWith("/api/notices/{id}/items") || path.startsWith("/api/public/notices")
                || path.startsWith("/notices/")) {
            id = fixtures.published();
        } else if (path.startsWith("/api/notices/") || path.startsWith("/portal/notices/")) {
            id = fixtures.draft();
        } else if (path.startsWith("/api/orders/") || path.startsWith("/api/store/orders/")) {
            id = fixtures.order();
        } else if (path.startsWith("/api/penalty/cases/") || path.startsWith("/portal/cases/")) {
            id = fixtures.caseId();
        } else if (path.startsWith("/api/penalty/proposals/")) {
            id = fixtures.proposal();
        } else if (path.startsWith("/api/batches/") || path.startsWith("/portal/batches/")) {
            id = fixtures.batch();
        }
        known.put("id", id);
        return known;
    }

    private static Fixtures fixtures() {
        String official = callers.token("official");
        String approver = callers.token("approver");
        String bureau = callers.token("bureau");
        String batch = gateway.as(official).contentType("application/json").body(Map.of("title", "恶意输入测试批次",
                "runBy", "MINISTRY", "runFrom", "2026-10-01", "runTo", "2026-10-20", "appsTested", 10))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        Random random = new Random(SEED);
        List<Map<String, Object>> apps = List.of(
                ChainFixtures.app("恶意输入一", "com.hostile.one", ChainFixtures.creditCode("110105", random), true,
                        List.of("huawei")),
                ChainFixtures.app("恶意输入二", "com.hostile.two", ChainFixtures.creditCode("110108", random), true,
                        List.of("huawei")));
        String published = gateway.as(official).contentType("application/json")
                .body(ChainFixtures.takedown("恶意输入测试通报", apps)).post("/api/notices").then().statusCode(201)
                .extract().path("id");
        gateway.as(approver).post("/api/notices/" + published + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + published + "/publication").then().statusCode(200);
        String item = gateway.as(official).get("/api/notices/" + published).then().statusCode(200).extract()
                .path("items[0].itemId");
        String draft = gateway.as(official).contentType("application/json").body(ChainFixtures.takedown("恶意输入草稿",
                List.of(ChainFixtures.app("恶意输入三", "com.hostile.three", ChainFixtures.creditCode("110105", random),
                        false, List.of("vivo"))))).post("/api/notices").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.storeOrders(callers.token("store")).stream()
                .anyMatch(o -> published.equals(o.get("noticeId"))));
        String order = (String) gateway.storeOrders(callers.token("store")).stream()
                .filter(o -> published.equals(o.get("noticeId"))).findFirst().orElseThrow().get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> proposals(bureau, published).size() >= 2);
        List<String> proposals = proposals(bureau, published);
        String caseId = gateway.as(bureau).contentType("application/json").body(Map.of("facts", "恶意输入测试立案"))
                .post("/api/penalty/proposals/" + proposals.get(0) + "/filing").then().statusCode(200).extract()
                .path("caseId");
        // The chain's events settle before the battery, so that its write check sees only what the battery did.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<String, String> first = takeFingerprint();
            return first.equals(takeFingerprint());
        });
        return new Fixtures(batch, draft, published, item, "com.hostile.one", order, proposals.get(1), caseId);
    }

    private static List<String> proposals(String token, String noticeId) {
        List<Map<String, Object>> all = gateway.as(token).queryParam("noticeId", noticeId).get("/api/penalty/proposals")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(p -> noticeId.equals(p.get("noticeId"))).map(p -> (String) p.get("id")).toList();
    }

    private static String report(Map<String, List<String>> failures, int operations, int requests) {
        Map<String, Integer> causes = new TreeMap<>();
        failures.values().forEach(list -> list.forEach(line -> {
            String fault = line.contains(" -> ") ? line.substring(line.indexOf(" -> ") + 4) : line;
            String cause = fault.contains(": ") ? fault.substring(0, fault.indexOf(": ")) : fault;
            causes.merge(cause, 1, Integer::sum);
        }));
        StringBuilder report = new StringBuilder("Hostile input: ").append(operations).append(" operations, ")
                .append(requests).append(" requests, failures in ").append(failures.size()).append(" operations\n");
        report.append("By cause:\n");
        causes.forEach((cause, count) -> report.append("  ").append(count).append(" x ").append(cause).append('\n'));
        failures.forEach((op, lines) -> {
            report.append(op).append('\n');
            lines.forEach(line -> report.append("    ").append(line).append('\n'));
        });
        return report.toString();
    }

    private static Map<String, String> undocumentedRoles() {
        Map<String, String> roles = new HashMap<>();
        for (String op : List.of("GET /", "GET /.well-known/jwks.json", "POST /auth/login", "POST /auth/logout",
                "GET /lang/{lang}", "GET /login", "POST /login", "GET /logout", "POST /logout", "GET /notices",
                "GET /notices/{id}", "POST /oauth2/token", "GET /openapi.json", "GET /api/public/feed.atom",
                "GET /api/public/notices", "GET /api/public/notices/{id}", "GET /api/public/notices/{id}/document",
                "GET /api/public/notices/{id}/table.csv", "GET /api/public/notices/{id}/table.xlsx",
                "GET /api/public/notices/{id}/document.pdf", "POST /api/public/documents/verification",
                "GET /public/penalty/decisions", "GET /public/penalty/documents",
                "POST /public/penalty/documents/verification", "GET /verify", "POST /verify", "POST /auth/registrations",
                "GET /auth/registrations/{id}", "GET /register", "POST /register", "GET /register/{id}", "GET /open-data",
                "GET /open-data/statistics", "GET /api/public/open-data/{service}/manifests",
                "GET /api/public/open-data/{service}/manifests/{date}",
                "GET /api/public/open-data/{service}/files/{date}/{name}",
                "GET /api/public/open-data/{service}/statistics", "POST /api/public/complaints",
                "GET /api/public/complaints/{trackingNumber}", "GET /complaints", "POST /complaints/new",
                "GET /complaints/{trackingNumber}")) {
            roles.put(op, "anonymous");
        }
        for (String op : List.of("GET /portal/admin/accounts", "POST /portal/admin/accounts",
                "POST /portal/admin/accounts/{username}/password", "POST /portal/admin/accounts/{username}/roles",
                "POST /portal/admin/accounts/{username}/{action}", "GET /portal/admin/clients",
                "POST /portal/admin/clients", "POST /portal/admin/clients/{clientId}/{action}",
                "GET /portal/admin/holidays", "POST /portal/admin/holidays", "GET /portal/admin/service-level",
                "POST /portal/admin/service-level", "POST /portal/admin/service-level/reset", "GET /portal/admin/channels/new",
                "POST /portal/admin/channels/new")) {
            roles.put(op, "admin");
        }
        for (String op : List.of("GET /portal/audit", "GET /portal/audit/verification")) {
            roles.put(op, "auditor");
        }
        for (String op : List.of("GET /portal/cases", "GET /portal/cases/{id}", "POST /portal/cases/{id}/steps",
                "GET /portal/cases/{id}/documents/{kind}.pdf")) {
            roles.put(op, "bureau");
        }
        for (String op : List.of("POST /portal/notices/{id}/approval", "POST /portal/notices/{id}/publication")) {
            roles.put(op, "approver");
        }
        for (String op : List.of("GET /portal/enterprise/notices/{id}", "GET /portal/enterprise/apps/{packageName}",
                "GET /portal/enterprise/cases/{id}", "GET /portal/enterprise/cases/{id}/documents/{documentId}.pdf")) {
            roles.put(op, "operator");
        }
        for (String op : List.of("GET /portal", "GET /portal/apps", "GET /portal/apps/{packageName}",
                "GET /portal/batches", "POST /portal/batches", "GET /portal/batches/{id}",
                "POST /portal/batches/{id}/imports", "GET /portal/batches/{id}/imports/{job}",
                "GET /portal/batches/{id}/imports/{job}/progress", "GET /portal/boards",
                "GET /portal/boards/{noticeId}", "GET /portal/boards/{noticeId}/grid",
                "POST /portal/boards/{noticeId}/objections/{orderId}", "GET /portal/notices",
                "POST /portal/notices/from-findings", "POST /portal/notices/from-unrectified",
                "POST /portal/notices/{id}/withdrawal",
                "GET /portal/notices/new", "GET /portal/notices/new/findings", "GET /portal/notices/{id}",
                "GET /portal/provinces", "GET /portal/stores", "GET /portal/stores/{code}",
                "GET /portal/stores/{code}/preinstallations",
                "GET /portal/registrations", "GET /portal/registrations/{id}", "GET /portal/registrations/{id}/letter",
                "POST /portal/registrations/{id}/verification", "POST /portal/registrations/{id}/rejection",
                "GET /portal/dual-lists/{packageName}", "GET /portal/rechecks", "POST /portal/rechecks/rule",
                "POST /portal/rechecks/{id}/assignment", "POST /portal/rechecks/override",
                "POST /portal/rechecks/open",
                "GET /portal/complaints", "GET /portal/complaints/{id}", "POST /portal/complaints/{id}/review",
                "GET /portal/complaints/{id}/screenshots/{seq}",
                "POST /portal/complaints/{id}/merge", "POST /portal/complaints/{id}/rejection",
                "POST /portal/complaints/{id}/finding", "GET /portal/sdks", "POST /portal/sdks",
                "GET /portal/sdks/{code}", "POST /portal/sdks/{code}/follow-up")) {
            roles.put(op, "official");
        }
        for (String op : List.of("GET /portal/enterprise/reports", "GET /portal/enterprise/reports/new",
                "POST /portal/enterprise/reports/new")) {
            roles.put(op, "operator");
        }
        for (String op : List.of("GET /portal/agency/tasks", "GET /portal/agency/tasks/{id}",
                "GET /portal/agency/tasks/{id}/evidence/{evidenceId}", "POST /portal/agency/tasks/{id}")) {
            roles.put(op, "agency");
        }
        for (String op : List.of("GET /portal/enterprise/dual-lists", "GET /portal/enterprise/dual-lists/edit",
                "POST /portal/enterprise/dual-lists/edit", "POST /portal/enterprise/dual-lists/{listId}/publication")) {
            roles.put(op, "operator");
        }
        return Map.copyOf(roles);
    }

    /** Tokens of one caller per role, logged in again before they expire (they live five minutes). */
    static final class Callers {
        private static final Duration RENEW_AFTER = Duration.ofMinutes(3);
        private static final Map<String, String> USERS = Map.of("official", "wang.official", "approver", "li.approver",
                "auditor", "sun.auditor", "admin", "admin", "bureau", "zhao.bj", "throwaway", "hostile.throwaway",
                "operator", "hostile.operator", "agency", "hostile.agency");
        private final Gateway gateway;
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, Instant> issued = new HashMap<>();

        Callers(Gateway gateway) {
            this.gateway = gateway;
        }

        String token(String role) {
            Instant at = issued.get(role);
            if (at == null || at.plus(RENEW_AFTER).isBefore(Instant.now())) {
                tokens.put(role, role.equals("store") ? gateway.storeToken("huawei") : gateway.login(USERS.get(role)));
                issued.put(role, Instant.now());
            }
            return tokens.get(role);
        }
    }
}
