package org.appsupervision.notice.finding.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.notice.sdk.SdkFixtures;
import org.junit.jupiter.api.Test;

/**
 * Findings may name the SDK that performed the behaviour (JSON, NDJSON, CSV): kept in finding_sdk, shown with the
 * finding, and recorded as the app version's embedding; a line naming an SDK badly rejects the whole import.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class SdkFindingImportTest {

    private static final String OFFICIAL = FindingImportTest.OFFICIAL;
    private static final String CSV_HEADER = "packageName,appName,version,sourceStore,problems,detectedAt,"
            + "operatorName,operatorCreditCode,sdk,sdkVersion,sdkPackage\n";

    @Inject
    EntityManager em;

    static Map<String, Object> naming(String pkg, String sdk, String version, String sdkPackage) {
        Map<String, Object> finding = new HashMap<>(FindingImportTest.finding(pkg, "collect-beyond-scope"));
        if (sdk != null) {
            finding.put("sdk", sdk);
        }
        if (version != null) {
            finding.put("sdkVersion", version);
        }
        if (sdkPackage != null) {
            finding.put("sdkPackage", sdkPackage);
        }
        return finding;
    }

    static String csvLine(String pkg, String sdk, String version, String sdkPackage) {
        return pkg + ",应用,2.0,huawei,collect-beyond-scope,2021-10-16,某公司,91110108551385082Q," + sdk + ","
                + version + "," + sdkPackage + "\n";
    }

    @Test
    void findingsEnteredAsJsonNameTheSdkByCodeOrPackageAndShowIt() {
        String code = SdkFixtures.registered();
        String batchId = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        String pkg = "com.sdkjson.a" + SdkFixtures.suffix();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(
                        naming(pkg, code, "1.0.0", null),
                        naming(pkg, null, "7.7.7", SdkFixtures.prefixOf(code) + ".analytics.Tracker"),
                        FindingImportTest.finding(pkg, "excessive-permissions"))))
                .post("/api/findings").then().statusCode(201).body("written", equalTo(3));

        given().auth().oauth2(OFFICIAL).queryParam("batchId", batchId).get("/api/findings").then().statusCode(200)
                .body("[0].sdk.code", equalTo(code)).body("[0].sdk.version", equalTo("1.0.0"))
                .body("[0].sdk.nameZh", equalTo("测试SDK " + code))
                .body("[1].sdk.code", equalTo(code)).body("[1].sdk.version", equalTo("7.7.7"))
                .body("[2].sdk", nullValue());
        // The version the registry did not know is added to it.
        given().auth().oauth2(OFFICIAL).get("/api/sdks/" + code).then().statusCode(200)
                .body("versions", contains("1.0.0", "7.7.7")).body("appCount", equalTo(1));
        given().auth().oauth2(OFFICIAL).get("/api/apps/" + pkg + "/sdks").then().statusCode(200)
                .body("items.code", contains(code)).body("items[0].versions", contains("1.0.0", "7.7.7"))
                .body("items[0].appVersions", contains("1.0"));
        given().auth().oauth2(OFFICIAL).queryParam("version", "7.7.7").get("/api/sdks/" + code + "/apps")
                .then().statusCode(200).body("items.packageName", contains(pkg))
                .body("items[0].operatorCreditCode", equalTo("91110108551385082Q"))
                .body("items[0].sdkVersions", contains("7.7.7"));
    }

    @Test
    void csvAndNdjsonImportsNameTheSdkAndRecordTheEmbeddings() {
        String code = SdkFixtures.registered();
        String batchId = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        String pkg = "com.sdkcsv.a" + SdkFixtures.suffix();
        String csv = CSV_HEADER + csvLine(pkg, code, "1.0.0", "") + csvLine(pkg + "b", "", "",
                SdkFixtures.prefixOf(code)) + csvLine(pkg + "c", "", "", "");
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        new FindingImportTest().awaitFinished(location).body("status", equalTo("SUCCEEDED"))
                .body("linesWritten", equalTo(3));
        assertEquals(2, count("finding_sdk WHERE batch_id = '" + batchId + "' AND sdk_code = '" + code + "'"));

        String ndjsonBatch = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        String ndjson = "{\"packageName\":\"" + pkg + "d\",\"appName\":\"应用\",\"version\":\"3.0\","
                + "\"sourceStore\":\"huawei\",\"problems\":[\"collect-beyond-scope\"],\"detectedAt\":\"2021-10-17\","
                + "\"operatorName\":\"某公司\",\"operatorCreditCode\":\"91110108551385082Q\","
                + "\"sdkPackage\":\"" + SdkFixtures.prefixOf(code) + ".Push\",\"sdkVersion\":\"1.0.0\"}\n";
        location = given().auth().oauth2(OFFICIAL).contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("batchId", ndjsonBatch).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        new FindingImportTest().awaitFinished(location).body("status", equalTo("SUCCEEDED"));

        given().auth().oauth2(OFFICIAL).get("/api/sdks/" + code + "/apps").then().statusCode(200)
                .body("items.packageName", contains(pkg, pkg + "b", pkg + "d"))
                .body("items[0].sdkVersions", contains("1.0.0"))
                .body("items[1].sdkVersions", org.hamcrest.Matchers.hasSize(0))
                .body("items[2].appVersions", contains("3.0"));
        given().auth().oauth2(OFFICIAL).queryParam("batchId", ndjsonBatch).get("/api/findings").then()
                .body("[0].sdk.code", equalTo(code));
    }

    @Test
    void aLineNamingAnSdkBadlyRejectsTheWholeImportAndWritesNothing() {
        String code = SdkFixtures.registered();
        String batchId = FindingImportTest.batch(OFFICIAL, "MINISTRY");
        String pkg = "com.sdkbad.a" + SdkFixtures.suffix();
        long embeddings = count("app_sdk");
        String csv = CSV_HEADER + csvLine(pkg, code, "1.0.0", "") + csvLine(pkg, "no-such-sdk", "", "")
                + csvLine(pkg, "", "", "org.nobody.knows.This") + csvLine(pkg, "", "1.0", "")
                + csvLine(pkg, code, "", "com.matrix.x") + csvLine(pkg, code, "bad version!", "")
                + csvLine(pkg, code, "", "not a package");
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        new FindingImportTest().awaitFinished(location).body("status", equalTo("REJECTED"))
                .body("linesWritten", equalTo(0))
                .body("errors.field", contains("line 3", "line 4", "line 5", "line 7", "line 8"))
                .body("errors[0].message", containsString("unknown sdk 'no-such-sdk'"))
                .body("errors[1].message", containsString("is not recognised"))
                .body("errors[2].message", containsString("sdkVersion needs the SDK"))
                .body("errors[3].message", containsString("is not a version"))
                .body("errors[4].message", containsString("not a Java class or package name"));
        assertEquals(0, count("finding WHERE batch_id = '" + batchId + "'"));
        assertEquals(0, count("finding_sdk WHERE batch_id = '" + batchId + "'"));
        assertEquals(embeddings, count("app_sdk"));

        String other = SdkFixtures.registered();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(
                        naming(pkg, code, null, SdkFixtures.prefixOf(other) + ".Foo"))))
                .post("/api/findings").then().statusCode(400)
                .body("errors.field", contains("findings[0]"))
                .body("errors[0].message", containsString("belongs to SDK '" + other + "'"));
    }

    @Test
    void anInventoryReplacesWhatTheLastOneOfThatAppVersionSaid() {
        String first = SdkFixtures.registered();
        String second = SdkFixtures.registered();
        String pkg = SdkFixtures.app();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("appVersion", "5.0", "sdks", List.of(Map.of("sdk", first, "version", "1.0.0"),
                        Map.of("sdk", second))))
                .put("/api/apps/" + pkg + "/sdks").then().statusCode(200)
                .body("items.code", containsInAnyOrder(first, second));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("appVersion", "5.0", "sdks", List.of(Map.of("sdk", second, "version", "9.9"))))
                .put("/api/apps/" + pkg + "/sdks").then().statusCode(200)
                .body("items.code", contains(second)).body("items[0].versions", contains("9.9"));
        given().auth().oauth2(OFFICIAL).get("/api/sdks/" + second).then().body("versions", hasItem("9.9"));

        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("appVersion", "5.0", "sdks", List.of(Map.of("sdk", "no-such-sdk"))))
                .put("/api/apps/" + pkg + "/sdks").then().statusCode(400).body("errors.field", contains("sdks[0].sdk"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/" + pkg + "/sdks").then().body("items.code", contains(second));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("appVersion", "5.0", "sdks", List.of()))
                .put("/api/apps/com.no.such.app" + SdkFixtures.suffix() + "/sdks").then().statusCode(404);
    }

    long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
