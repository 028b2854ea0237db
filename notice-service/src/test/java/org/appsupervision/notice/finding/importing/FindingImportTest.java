package org.appsupervision.notice.finding.importing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.platform.idempotency.IdempotencyExpiry;
import org.junit.jupiter.api.Test;
import org.appsupervision.notice.finding.line.FindingLine;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class FindingImportTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String GUANGDONG = TestTokens.bureau("chen.gd", "44");

    static final String HEADER = String.join(",", FindingLine.CSV_COLUMNS) + "\n";

    @Inject
    EntityManager em;

    @Inject
    IdempotencyExpiry expiry;

    static String batch(String token, String runBy) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "检测批次", "runBy", runBy, "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 3))
                .post("/api/batches").then().statusCode(201).extract().path("id");
    }

    static String csvLine(String pkg, String problems, String creditCode) {
        return pkg + ",\"应用," + pkg + "\",1.0," + "huawei," + problems + ",\"读取通讯录, 见截图\"\"1\"\"\","
                + "shot-1.png;video\\2.mp4,2021-10-15T09:30:00+08:00,某科技有限公司," + creditCode + ",\n";
    }

    ValidatableResponse awaitFinished(String location) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(given().auth().oauth2(OFFICIAL).get(location).then().extract().path("status")));
        return given().auth().oauth2(OFFICIAL).get(location).then().statusCode(200);
    }

    @Test
    void importsACsvFileAsAJobAndWritesEveryFinding() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String csv = HEADER + csvLine("com.example.one", "collect-beyond-scope", "91110108551385082Q")
                + csvLine("com.example.two", "collect-beyond-scope;excessive-permissions", "9144030071526726XG")
                + csvLine("com.example.one", "excessive-permissions", "91110108551385082Q");
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("batchId", batchId)
                .post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");

        awaitFinished(location).body("status", equalTo("SUCCEEDED"))
                .body("linesRead", equalTo(3)).body("linesWritten", equalTo(3)).body("badLines", equalTo(0));
        given().auth().oauth2(OFFICIAL).queryParam("batchId", batchId).get("/api/findings")
                .then().statusCode(200)
                .body("$", hasSize(3))
                .body("packageName", contains("com.example.one", "com.example.two", "com.example.one"))
                .body("[1].problems", contains("collect-beyond-scope", "excessive-permissions"))
                .body("[0].evidence", equalTo("读取通讯录, 见截图\"1\""))
                .body("[0].references", contains("shot-1.png", "video\\2.mp4"))
                .body("[0].detectedAt", equalTo("2021-10-15T01:30:00Z"))
                .body("[0].appName", equalTo("应用,com.example.one"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.two")
                .then().statusCode(200).body("operator.provinceCode", equalTo("44"));
        given().auth().oauth2(OFFICIAL).get("/api/batches/" + batchId).then().statusCode(200)
                .body("findingCount", equalTo(3));
    }

    @Test
    void rejectsAWholeNdjsonFileWithBadLinesListingEachAndWritesNothing() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        long before = count("finding");
        String good = "{\"packageName\":\"com.example.good\",\"appName\":\"好应用\",\"version\":\"2.0\","
                + "\"sourceStore\":\"xiaomi\",\"problems\":[\"collect-without-consent\"],"
                + "\"detectedAt\":\"2021-10-15\",\"operatorName\":\"某公司\",\"operatorCreditCode\":\"91110108551385082Q\"}";
        String ndjson = good + "\n"
                + good.replace("collect-without-consent", "no-such-problem") + "\n"
                + "\n"
                + good.replace("com.example.good", "good") + "\n"
                + "{not json\n"
                + good.replace("91110108551385082Q", "91110108551385082A") + "\n";
        String location = given().auth().oauth2(OFFICIAL).contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("batchId", batchId)
                .post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");

        awaitFinished(location).body("status", equalTo("REJECTED"))
                .body("linesWritten", equalTo(0)).body("badLines", equalTo(4))
                .body("errors.field", contains("line 2", "line 4", "line 5", "line 6"))
                .body("errors[0].message", containsString("unknown problem code 'no-such-problem'"))
                .body("errors[1].message", containsString("not an Android package name"))
                .body("errors[3].message", containsString("check character should be Q"));
        assertEquals(before, count("finding"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.good").then().statusCode(404);
        given().auth().oauth2(OFFICIAL).get("/api/batches/" + batchId).then().statusCode(200)
                .body("findingCount", equalTo(0));
    }

    @Test
    void rejectsACsvFileWithoutTheRequiredColumns() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv").body("packageName,appName\na.b,c\n")
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        awaitFinished(location).body("status", equalTo("REJECTED"))
                .body("errors[0].field", equalTo("line 1"))
                .body("errors[0].message", containsString("the header lacks the columns"));
    }

    @Test
    void aBureauOfficerCannotWriteAnotherProvincesFindings() {
        String ministryBatch = batch(OFFICIAL, "MINISTRY");
        String sichuanBatch = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("title", "四川检测", "runBy", "BUREAU", "provinceCode", "51", "runFrom", "2021-10-01",
                        "runTo", "2021-10-20", "appsTested", 3))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        String csv = HEADER + csvLine("com.example.sc", "collect-beyond-scope", "91110108551385082Q");
        for (String batchId : List.of(ministryBatch, sichuanBatch)) {
            given().auth().oauth2(GUANGDONG).contentType("text/csv").body(csv).queryParam("batchId", batchId)
                    .post("/api/findings/imports")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(GUANGDONG).contentType(ContentType.JSON)
                .body(Map.of("batchId", sichuanBatch, "findings", List.of(finding("com.example.sc", "collect-beyond-scope"))))
                .post("/api/findings")
                .then().statusCode(403);
        String ownBatch = batch(GUANGDONG, "BUREAU");
        given().auth().oauth2(GUANGDONG).contentType(ContentType.JSON)
                .body(Map.of("batchId", ownBatch, "findings", List.of(finding("com.example.gd", "collect-beyond-scope"))))
                .post("/api/findings")
                .then().statusCode(201).body("written", equalTo(1));
    }

    @Test
    void rejectsAnUnknownProblemCodeInAJsonListAndWritesNothing() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        long before = count("finding");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(finding("com.example.j1", "collect-beyond-scope"),
                        finding("com.example.j2", "nope"))))
                .post("/api/findings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("findings[1]"))
                .body("errors[0].message", containsString("unknown problem code 'nope'"));
        assertEquals(before, count("finding"));
    }

    @Test
    void aBigFileBecomesAPartitionOfItsOwnWithTheIndexesOfEveryOther() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        long partitionsBefore = count("pg_inherits WHERE inhparent = 'finding'::regclass");
        int lines = FindingBulkWriter.OWN_PARTITION_FROM + 500;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < lines; i++) {
            csv.append(csvLine("com.example.big" + (i % 700), "collect-beyond-scope", "91330100799655058B"));
        }
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8").body(csv.toString())
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");

        awaitFinished(location).body("status", equalTo("SUCCEEDED")).body("linesWritten", equalTo(lines));
        assertEquals(partitionsBefore + 1, count("pg_inherits WHERE inhparent = 'finding'::regclass"));
        assertEquals(lines, count("finding WHERE batch_id = '" + batchId + "'"));
        assertEquals(3, count("pg_index i JOIN pg_inherits h ON h.inhrelid = i.indrelid "
                + "WHERE h.inhparent = 'finding'::regclass AND h.inhrelid = (SELECT max(inhrelid) FROM pg_inherits "
                + "WHERE inhparent = 'finding'::regclass)"));
        given().auth().oauth2(OFFICIAL).queryParam("packageName", "com.example.big7").queryParam("limit", 1000)
                .get("/api/findings")
                .then().statusCode(200).body("$", hasSize(15)).body("[0].appName", equalTo("应用,com.example.big7"));
    }

    @Test
    void aBigFileNamingMoreNewAppsThanGoTogetherWritesEveryApp() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        int apps = FindingBulkWriter.APPS_CHUNK * 2 + 300;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < apps * 2; i++) {
            csv.append(csvLine("com.example.many" + (i % apps), "collect-beyond-scope", "91330100799655058B"));
        }
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8").body(csv.toString())
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");

        awaitFinished(location).body("status", equalTo("SUCCEEDED")).body("linesWritten", equalTo(apps * 2));
        assertEquals(apps, count("app WHERE package_name LIKE 'com.example.many%'"));
        assertEquals(0, count("finding_load"));
        given().auth().oauth2(OFFICIAL).queryParam("packageName", "com.example.many" + (apps - 1))
                .get("/api/findings")
                .then().statusCode(200).body("$", hasSize(2))
                .body("[0].appName", equalTo("应用,com.example.many" + (apps - 1)));
    }

    @Test
    void aBigFileGivesKnownAppsWithoutAFilingNumberTheFilesAndLeavesOtherKnownAppsAsTheyAre() {
        for (String[] known : new String[][] {{"com.example.unfiled", null}, {"com.example.filed", "京ICP备12345678号-1A"},
                {"com.example.unfiled2", null}}) {
            Map<String, Object> app = new java.util.HashMap<>(Map.of("name", "已知应用", "packageName", known[0],
                    "operator", Map.of("name", "某科技有限公司", "creditCode", "91330100799655058B")));
            if (known[1] != null) {
                app.put("filingNumber", known[1]);
            }
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(app).put("/api/apps/" + known[0])
                    .then().statusCode(200);
        }
        String batchId = batch(OFFICIAL, "MINISTRY");
        StringBuilder csv = new StringBuilder(HEADER);
        // The first chunk of apps is all new, so the writer inserts the last one before looking anything up, and the
        // known apps are in that one; a small file's apps are looked up first.
        int fresh = FindingBulkWriter.APPS_CHUNK + 100;
        for (int i = 0; i < fresh; i++) {
            csv.append(csvLine("com.example.fresh" + i, "collect-beyond-scope", "91330100799655058B"));
        }
        String known = csvLine("com.example.unfiled", "collect-beyond-scope", "91330100799655058B")
                .replace(",\n", ",粤ICP备10000000号-1A\n")
                + csvLine("com.example.filed", "collect-beyond-scope", "91330100799655058B")
                .replace(",\n", ",粤ICP备10000001号-1A\n");
        csv.append(known);
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8").body(csv.toString())
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        awaitFinished(location).body("status", equalTo("SUCCEEDED")).body("linesWritten", equalTo(fresh + 2));

        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.unfiled")
                .then().statusCode(200).body("name", equalTo("已知应用")).body("filingNumber", equalTo("粤ICP备10000000号-1A"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.filed")
                .then().statusCode(200).body("filingNumber", equalTo("京ICP备12345678号-1A"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.fresh7").then().statusCode(200);

        String small = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8")
                .body(HEADER + csvLine("com.example.unfiled2", "collect-beyond-scope", "91330100799655058B")
                        .replace(",\n", ",粤ICP备10000002号-1A\n"))
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        awaitFinished(small).body("status", equalTo("SUCCEEDED"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.unfiled2")
                .then().statusCode(200).body("filingNumber", equalTo("粤ICP备10000002号-1A"));
    }

    @Test
    void aBigFileWithABadLastLineWritesNothingAndLeavesNoPartition() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        long partitionsBefore = count("pg_inherits WHERE inhparent = 'finding'::regclass");
        long tablesBefore = count("pg_class WHERE relname LIKE 'finding_load_%' AND relkind = 'r'");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < FindingBulkWriter.OWN_PARTITION_FROM + 10; i++) {
            csv.append(csvLine("com.example.late" + i, "collect-beyond-scope", "91330100799655058B"));
        }
        csv.append(csvLine("com.example.late", "no-such-problem", "91330100799655058B"));
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8").body(csv.toString())
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");

        awaitFinished(location).body("status", equalTo("REJECTED")).body("linesWritten", equalTo(0))
                .body("errors.field", contains("line " + (FindingBulkWriter.OWN_PARTITION_FROM + 12)));
        assertEquals(0, count("finding WHERE batch_id = '" + batchId + "'"));
        assertEquals(partitionsBefore, count("pg_inherits WHERE inhparent = 'finding'::regclass"));
        assertEquals(tablesBefore, count("pg_class WHERE relname LIKE 'finding_load_%' AND relkind = 'r'"));
        assertEquals(0, count("finding_load"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.late1").then().statusCode(404);
    }

    @Test
    void aRetriedUploadWithTheSameIdempotencyKeyAnswersTheFirstJobAndWritesOnce() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String csv = HEADER + csvLine("com.example.retry", "collect-beyond-scope", "91110108551385082Q");
        String key = "upload-" + batchId;
        String first = given().auth().oauth2(OFFICIAL).header("Idempotency-Key", key).contentType("text/csv; charset=UTF-8")
                .body(csv).queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().path("id");
        awaitFinished("/api/findings/imports/" + first).body("status", equalTo("SUCCEEDED"));

        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", key).contentType("text/csv; charset=UTF-8")
                .body(csv).queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).body("id", equalTo(first)).body("status", equalTo("SUCCEEDED"));
        assertEquals(1, count("finding WHERE batch_id = '" + batchId + "'"));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherFileOrAnotherBatchIsRefusedWith422() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String key = "reused-" + batchId;
        String first = given().auth().oauth2(OFFICIAL).header("Idempotency-Key", key)
                .contentType("text/csv; charset=UTF-8")
                .body(HEADER + csvLine("com.example.k1", "collect-beyond-scope", "91110108551385082Q"))
                .queryParam("batchId", batchId).post("/api/findings/imports").then().statusCode(202)
                .extract().path("id");
        awaitFinished("/api/findings/imports/" + first).body("status", equalTo("SUCCEEDED"));
        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", key).contentType("text/csv; charset=UTF-8")
                .body(HEADER + csvLine("com.example.k2", "collect-beyond-scope", "91110108551385082Q"))
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        String openKey = "open-" + batchId;
        String opened = given().auth().oauth2(OFFICIAL).header("Idempotency-Key", openKey).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "format", "CSV")).post("/api/findings/imports")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", openKey).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "format", "CSV")).post("/api/findings/imports")
                .then().statusCode(201).body("id", equalTo(opened)).body("status", equalTo("WAITING"));
        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", openKey).contentType(ContentType.JSON)
                .body(Map.of("batchId", batch(OFFICIAL, "MINISTRY"), "format", "CSV")).post("/api/findings/imports")
                .then().statusCode(422);
        for (String bad : List.of("a\tb", "k".repeat(201))) {
            given().auth().oauth2(OFFICIAL).header("Idempotency-Key", bad).contentType(ContentType.JSON)
                    .body(Map.of("batchId", batchId, "format", "CSV")).post("/api/findings/imports")
                    .then().statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("Idempotency-Key"))
                    .body("errors[0].message", equalTo("must be 1 to 200 printable characters / 须为1至200个可打印字符"));
        }
        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", openKey).contentType("text/csv; charset=UTF-8")
                .body(HEADER).queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("Idempotency-Key " + openKey + " was already used for another request / 该幂等键已用于另一请求"))
                .body("errors[0].message", equalTo("was used with another request / 已用于另一请求"));
    }

    @Test
    void importKeysOlderThanTheRetentionAreForgottenAndTheSameKeyThenOpensANewJob() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String key = "expiring-" + batchId;
        String first = given().auth().oauth2(OFFICIAL).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "format", "CSV")).post("/api/findings/imports")
                .then().statusCode(201).extract().path("id");
        expiry.forgetExpiredKeys(java.time.Instant.now());
        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "format", "CSV")).post("/api/findings/imports")
                .then().statusCode(201).body("id", equalTo(first));

        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE import_idempotency_key SET created_at = now() - interval '25 hours' WHERE key = ?1")
                .setParameter(1, key).executeUpdate());
        expiry.forgetExpiredKeys(java.time.Instant.now());

        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "format", "CSV")).post("/api/findings/imports")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.not(equalTo(first)));
    }

    @Test
    void aFileImportIsAuditedOnceAsItsJobAndFindingsEnteredAsJsonLeaveTheirAppsInTheTrail() {
        String batchId = batch(GUANGDONG, "BUREAU");
        String csv = HEADER + csvLine("com.example.audited", "collect-beyond-scope", "9144030071526726XG");
        String location = given().auth().oauth2(GUANGDONG).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        String jobId = location.substring(location.lastIndexOf('/') + 1);
        awaitFinished(location).body("status", equalTo("SUCCEEDED"));
        given().auth().oauth2(GUANGDONG).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(finding("com.example.entered", "collect-beyond-scope"))))
                .post("/api/findings").then().statusCode(201);

        String auditor = TestTokens.user("sun.auditor", "auditor");
        given().auth().oauth2(auditor).queryParam("table", "app").queryParam("rowKey", "com.example.audited")
                .get("/api/audit-trail/notice-service")
                .then().statusCode(200).body("entries", hasSize(0));
        given().auth().oauth2(auditor).queryParam("table", "finding_import_job").queryParam("rowKey", jobId)
                .get("/api/audit-trail/notice-service")
                .then().statusCode(200).body("entries.operation", contains("INSERT"))
                .body("entries[0].actor", equalTo("chen.gd"));
        given().auth().oauth2(auditor).queryParam("table", "app").queryParam("rowKey", "com.example.entered")
                .get("/api/audit-trail/notice-service")
                .then().statusCode(200).body("entries.operation", contains("INSERT"))
                .body("entries[0].actor", equalTo("chen.gd"));
    }

    static Map<String, Object> finding(String pkg, String problem) {
        return Map.of("packageName", pkg, "appName", "应用", "version", "1.0", "sourceStore", "huawei",
                "problems", List.of(problem), "detectedAt", "2021-10-15T09:30:00+08:00",
                "operatorName", "某公司", "operatorCreditCode", "91110108551385082Q");
    }

    long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
