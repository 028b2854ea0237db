package org.appsupervision.notice.sdk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** The SDK registry: registration, replacement, versions, the field checks, prefix overlaps and who reads it. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class SdkRegistryTest {

    private static final String OFFICIAL = SdkFixtures.OFFICIAL;

    @Inject
    DataSource database;

    @Test
    void registersReadsReplacesAndAddsVersions() {
        String suffix = SdkFixtures.suffix();
        String code = "reg-" + suffix;
        Map<String, Object> request = SdkFixtures.request(code, List.of("org.reg" + suffix, "org.reg" + suffix + "x.core"));
        String creditCode = (String) request.get("providerCreditCode");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(request).post("/api/sdks")
                .then().statusCode(201).header("Location", containsString("/api/sdks/" + code))
                .body("code", equalTo(code)).body("active", equalTo(true)).body("providerProvinceCode", equalTo("11"))
                .body("providerCreditCode", equalTo(creditCode)).body("appCount", equalTo(0))
                .body("packagePrefixes", contains("org.reg" + suffix, "org.reg" + suffix + "x.core"));

        given().auth().oauth2(Caller.AUDITOR.token()).queryParam("q", "REG-" + suffix).get("/api/sdks")
                .then().statusCode(200).body("items.code", contains(code));
        given().auth().oauth2(Caller.AUDITOR.token()).queryParam("q", "org.reg" + suffix + "x").get("/api/sdks")
                .then().statusCode(200).body("items.code", contains(code));

        given().auth().oauth2(Caller.ADMIN.token()).contentType(ContentType.JSON)
                .body(Map.of("version", "2.0.0-beta+1")).post("/api/sdks/" + code + "/versions")
                .then().statusCode(200).body("versions", contains("1.0.0", "2.0.0-beta+1"));

        Map<String, Object> replaced = new HashMap<>(request);
        replaced.remove("code");
        replaced.put("nameZh", "改名的SDK");
        replaced.put("active", false);
        replaced.put("versions", List.of("3.0"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(replaced).put("/api/sdks/" + code)
                .then().statusCode(200).body("nameZh", equalTo("改名的SDK")).body("active", equalTo(false))
                .body("versions", contains("3.0"));
        given().auth().oauth2(Caller.BUREAU_A.token()).get("/api/sdks/" + code).then().statusCode(200)
                .body("nameZh", equalTo("改名的SDK"));
    }

    @Test
    void theListPagesInCodeOrderWithALinkToTheNextPage() {
        String suffix = SdkFixtures.suffix();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                    .body(SdkFixtures.request("page-" + suffix + "-" + i, List.of("org.page" + suffix + ".s" + i)))
                    .post("/api/sdks").then().statusCode(201);
        }
        String link = given().auth().oauth2(OFFICIAL).queryParam("q", "page-" + suffix).queryParam("limit", 2)
                .get("/api/sdks").then().statusCode(200)
                .body("items.code", contains("page-" + suffix + "-0", "page-" + suffix + "-1"))
                .extract().header("Link");
        String next = link.substring(1, link.indexOf('>'));
        given().auth().oauth2(OFFICIAL).urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("items.code", contains("page-" + suffix + "-2")).header("Link", nullValue());
    }

    @Test
    void refusesBadFieldsNamingEachAndWritesNothing() {
        long before = count("sdk");
        Map<String, Object> bad = SdkFixtures.request("Bad Code!", List.of("umeng", "com..x"));
        bad.put("providerCreditCode", "91110108551385082A");
        bad.put("signatures", List.of("ABCDEF"));
        bad.put("versions", List.of(" 1.0", ""));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(bad).post("/api/sdks")
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("providerCreditCode"))
                .body("errors.field", hasItem(containsString("packagePrefixes")))
                .body("errors.field", hasItem(containsString("signatures")))
                .body("errors.field", hasItem(containsString("versions")));

        Map<String, Object> wrongProvince = SdkFixtures.request("prov-" + SdkFixtures.suffix(),
                List.of("org.prov" + SdkFixtures.suffix()));
        wrongProvince.put("providerProvinceCode", "44");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(wrongProvince).post("/api/sdks")
                .then().statusCode(400).body("errors.field", contains("providerProvinceCode"));

        Map<String, Object> noProvince = SdkFixtures.request("noprov-" + SdkFixtures.suffix(),
                List.of("org.noprov" + SdkFixtures.suffix()));
        String first17 = "91990108MA0DKU001";
        noProvince.put("providerCreditCode", first17
                + org.appsupervision.events.identity.UnifiedSocialCreditCode.checkCharacter(first17));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(noProvince).post("/api/sdks")
                .then().statusCode(400).body("errors.field", contains("providerCreditCode"))
                .body("errors[0].message", containsString("no province"));
        assertEquals(before, count("sdk"));
    }

    @Test
    void refusesPrefixesOverlappingAnotherSdksNamingBothAndWritesNothing() {
        String suffix = SdkFixtures.suffix();
        String taken = "taken-" + suffix;
        String prefix = "org.ovl" + suffix + ".core";
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(SdkFixtures.request(taken, List.of(prefix)))
                .post("/api/sdks").then().statusCode(201);
        long prefixes = count("sdk_package_prefix");
        for (String clash : List.of(prefix, prefix + ".push", "org.ovl" + suffix)) {
            String code = "clash-" + SdkFixtures.suffix();
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                    .body(SdkFixtures.request(code, List.of("org.free" + SdkFixtures.suffix(), clash)))
                    .post("/api/sdks").then().statusCode(409)
                    .body("type", equalTo("/problems/sdk-prefix-overlap"))
                    .body("title", containsString("/"))
                    .body("detail", containsString(code)).body("detail", containsString(taken));
            assertEquals(0, count("sdk WHERE code = '" + code + "'"));
        }
        assertEquals(prefixes, count("sdk_package_prefix"));

        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(SdkFixtures.request("near-" + SdkFixtures.suffix(), List.of(prefix + "x")))
                .post("/api/sdks").then().statusCode(201);

        String other = SdkFixtures.registered();
        Map<String, Object> replaced = SdkFixtures.request(other, List.of(prefix + ".sub"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(replaced).put("/api/sdks/" + other)
                .then().statusCode(409).body("type", equalTo("/problems/sdk-prefix-overlap"));
        given().auth().oauth2(OFFICIAL).get("/api/sdks/" + other).then().statusCode(200)
                .body("packagePrefixes", contains(SdkFixtures.prefixOf(other)));
    }

    @Test
    void concurrentRegistrationsOfOverlappingPrefixesLeaveExactlyOne() throws Exception {
        String suffix = SdkFixtures.suffix();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String base = "org.race" + suffix + ".r" + round;
                List<Map<String, Object>> bodies = List.of(
                        SdkFixtures.request("race-" + suffix + "-a" + round, List.of(base)),
                        SdkFixtures.request("race-" + suffix + "-b" + round, List.of(base + ".inner")),
                        SdkFixtures.request("race-" + suffix + "-c" + round, List.of(base + ".inner.deep")),
                        SdkFixtures.request("race-" + suffix + "-d" + round, List.of(base)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (Map<String, Object> body : bodies) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body)
                                .post("/api/sdks").statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "round " + round + ": " + statuses);
                assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "round " + round + ": " + statuses);
                assertEquals(1, count("sdk_package_prefix WHERE prefix LIKE '" + base + "%'"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ministryStaffAndBureausReadOthersAreRefused() {
        String code = SdkFixtures.registered();
        String pkg = SdkFixtures.app();
        SdkFixtures.embeds(pkg, code, "1.0.0");
        for (Caller caller : Caller.values()) {
            int expected = switch (caller) {
                case OFFICIAL, APPROVER, AUDITOR, ADMIN, BUREAU_A, BUREAU_B -> 200;
                case ANONYMOUS -> 401;
                default -> 403;
            };
            for (String path : List.of("/api/sdks", "/api/sdks/" + code, "/api/sdks/" + code + "/apps",
                    "/api/apps/" + pkg + "/sdks")) {
                var request = given();
                if (caller.token() != null) {
                    request = request.auth().oauth2(caller.token());
                }
                request.get(path).then().statusCode(expected);
            }
        }
        given().auth().oauth2(Caller.AUDITOR.token()).get("/api/sdks/no-such-sdk").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(Caller.AUDITOR.token()).get("/api/sdks/no-such-sdk/apps").then().statusCode(404);
        given().auth().oauth2(Caller.AUDITOR.token()).get("/api/apps/com.no.such.app/sdks").then().statusCode(404);
    }

    @Test
    void registeringACodeOrASignatureTwiceIsAConflict() {
        String code = SdkFixtures.registered();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(SdkFixtures.request(code, List.of("org.twice" + SdkFixtures.suffix()))).post("/api/sdks")
                .then().statusCode(409).body("type", equalTo("/problems/conflict"));
        given().auth().oauth2(OFFICIAL).get("/api/sdks/" + code).then()
                .body("packagePrefixes", contains(SdkFixtures.prefixOf(code)));
        String signature = given().auth().oauth2(OFFICIAL).get("/api/sdks/" + code).then().extract()
                .path("signatures[0]");
        String other = "sig-" + SdkFixtures.suffix();
        Map<String, Object> sameSignature = SdkFixtures.request(other, List.of("org.sig" + SdkFixtures.suffix()));
        sameSignature.put("signatures", List.of(signature));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(sameSignature).post("/api/sdks")
                .then().statusCode(409).body("type", equalTo("/problems/conflict")).body("detail", containsString(code));
        assertEquals(0, count("sdk WHERE code = '" + other + "'"));
    }

    long count(String from) {
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) AccessMatrix.rows(database, "SELECT count(*) FROM " + from).get();
        return Long.parseLong(rows.get(0).get(0));
    }
}
