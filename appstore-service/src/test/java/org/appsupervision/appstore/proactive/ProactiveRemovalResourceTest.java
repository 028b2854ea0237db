package org.appsupervision.appstore.proactive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class ProactiveRemovalResourceTest {

    static final String WANDOUJIA = TestTokens.store("wandoujia");
    static final String QIHOO = TestTokens.store("qihoo360");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void aCleanCsvUploadIsWrittenOnceReportedAndCounted() {
        String csv = """
                packageName,appName,removedAt,reason
                com.example.one,示例一,2021-03-01T08:00:00Z,违规收集个人信息
                "com.example.two","示例, 二",2021-03-02T08:00:00Z,
                com.example.three,示例三,2021-03-03T08:00:00Z,"说明 ""强制"" 授权"
                """;
        String key = "upload-" + UUID.randomUUID();
        Response first = upload(WANDOUJIA, key, "text/csv", csv);
        first.then().statusCode(201).body("removals", equalTo(3)).body("storeCode", equalTo("wandoujia"))
                .body("firstRemovedAt", equalTo("2021-03-01T08:00:00Z"));
        String uploadId = first.jsonPath().getString("id");
        upload(WANDOUJIA, key, "text/csv", csv).then().statusCode(201).body("id", equalTo(uploadId));
        upload(WANDOUJIA, key, "text/csv", csv + "com.example.four,示例四,2021-03-04T08:00:00Z\n")
                .then().statusCode(422).contentType("application/problem+json");
        upload(QIHOO, key, "text/csv", csv).then().statusCode(201);

        assertEquals(3L, rows("wandoujia"));
        List<EventProbe.Event> events = EventProbe.read(bootstrap, "appstore.events",
                read -> read.stream().anyMatch(e -> uploadId.equals(e.key())), Duration.ofSeconds(30));
        assertEquals(1, events.stream().filter(e -> uploadId.equals(e.key())).count());
        assertEquals("ProactiveRemovalsReported",
                events.stream().filter(e -> uploadId.equals(e.key())).findFirst().orElseThrow().type());
        given().auth().oauth2(OFFICIAL).queryParam("from", "2021-01-01T00:00:00Z").queryParam("to", "2022-01-01T00:00:00Z")
                .get("/api/stores/wandoujia/scorecard").then().statusCode(200).body("proactiveRemovals", equalTo(3));
    }

    @Test
    void aBadLineRejectsTheWholeUploadWithEveryBadLineAndWritesNothing() {
        String ndjson = """
                {"packageName":"com.bad.one","appName":"一","removedAt":"2021-05-01T00:00:00Z"}
                {"packageName":"not a package","appName":"","removedAt":"2021-05-01T00:00:00Z"}
                {"packageName":"com.bad.three","appName":"三","removedAt":"2021-05-01T00:00:00Z"}
                {"packageName":"com.bad.four","appName":"四","removedAt":"yesterday"}
                this is not json
                """;
        String key = "bad-" + UUID.randomUUID();
        upload(QIHOO, key, "application/x-ndjson", ndjson).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("line 2", "line 4", "line 5")))
                .body("errors[0].message", equalTo("packageName 'not a package' is not a package name; appName is missing"));
        assertEquals(0L, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM proactive_removal_upload WHERE upload_key = ?1").setParameter(1, key)
                .getSingleResult())).longValue());

        String fixed = """
                {"packageName":"com.bad.one","appName":"一","removedAt":"2021-05-01T00:00:00Z"}
                {"packageName":"com.good.two","appName":"二","removedAt":"2021-05-01T00:00:00Z","reason":"自查下架"}
                """;
        upload(QIHOO, key, "application/x-ndjson", fixed).then().statusCode(201).body("removals", equalTo(2));
    }

    @Test
    void aCsvFromASpreadsheetWithAByteOrderMarkIsReadAndBadCsvLinesAreNamedByNumber() {
        String bad = "\uFEFFpackageName,appName,removedAt,reason\n"
                + "com.bom.one,一,2021-05-01T00:00:00Z\n"
                + "com.bom.two,\"二,2021-05-01T00:00:00Z\n"
                + "\n"
                + "com.bom.four,四\n"
                + "com.bom.five,五,2021-05-01T00:00:00Z,理由,多余\n"
                + "com.bom.six,\"六\"\"号\",2021-05-01T00:00:00Z,\"a, b\"\r\n";
        String key = "bom-" + UUID.randomUUID();
        upload(QIHOO, key, "text/csv", bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("line 3", "line 5", "line 6")))
                .body("errors.message", everyItem(equalTo("is not a CSV line of 3 or 4 fields")));

        String good = "\uFEFFpackageName,appName,removedAt,reason\r\n"
                + "com.bom.one,一,2021-05-01T00:00:00Z\r\n"
                + "com.bom.six,\"六\"\"号\",2021-05-01T00:00:00Z,\"a, b\"\r\n";
        upload(QIHOO, key, "text/csv", good).then().statusCode(201).body("removals", equalTo(2));
        assertEquals("六\"号|a, b", QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT app_name || '|' || reason FROM proactive_removal WHERE package_name = 'com.bom.six'")
                .getSingleResult()));
    }

    @Test
    void aLargeUploadIsStreamedAndWrittenInOneGo() {
        int lines = 100_000;
        Enumeration<InputStream> chunks = new Enumeration<>() {
            int next = 0;

            @Override
            public boolean hasMoreElements() {
                return next < lines;
            }

            @Override
            public InputStream nextElement() {
                StringBuilder chunk = new StringBuilder();
                for (int i = 0; i < 1000 && next < lines; i++, next++) {
                    chunk.append("com.bulk.app").append(next).append(",批量应用").append(next)
                            .append(",2021-06-01T00:00:00Z,自查\n");
                }
                return new ByteArrayInputStream(chunk.toString().getBytes(StandardCharsets.UTF_8));
            }
        };
        given().auth().oauth2(TestTokens.store("baidu")).header("Idempotency-Key", "bulk-" + UUID.randomUUID())
                .contentType("text/csv").body(new SequenceInputStream(chunks))
                .post("/api/store/proactive-removals").then().statusCode(201).body("removals", equalTo(lines));
    }

    @Test
    void uploadsNeedAKeyAKnownFormatAndAStore() {
        given().auth().oauth2(WANDOUJIA).contentType("text/csv").body("com.a.b,名,2021-01-01T00:00:00Z\n")
                .post("/api/store/proactive-removals").then().statusCode(400)
                .body("errors.field", hasItems("Idempotency-Key"));
        given().auth().oauth2(WANDOUJIA).header("Idempotency-Key", "x").contentType("application/pdf")
                .body("%PDF".getBytes(StandardCharsets.US_ASCII))
                .post("/api/store/proactive-removals").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(OFFICIAL).header("Idempotency-Key", "x").contentType("text/csv")
                .body("com.a.b,名,2021-01-01T00:00:00Z\n").post("/api/store/proactive-removals").then().statusCode(403);
        given().auth().oauth2(WANDOUJIA).header("Idempotency-Key", "empty-" + UUID.randomUUID()).contentType("text/csv")
                .body("packageName,appName,removedAt\n").post("/api/store/proactive-removals").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void theUploadKeyIsRequiredCheckedAndAReusedOneRefusedAsInEveryService() {
        String csv = "com.keyshape.a,名,2021-01-01T00:00:00Z\n";
        given().auth().oauth2(WANDOUJIA).contentType("text/csv").body(csv).post("/api/store/proactive-removals")
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("is required: 1 to 200 printable characters / 必填，须为1至200个可打印字符"));
        for (String bad : List.of("a\tb", "k".repeat(201))) {
            upload(WANDOUJIA, bad, "text/csv", csv).then().statusCode(400)
                    .body("errors[0].field", equalTo("Idempotency-Key"))
                    .body("errors[0].message", equalTo("must be 1 to 200 printable characters / 须为1至200个可打印字符"));
        }
        String key = "shape-" + UUID.randomUUID();
        upload(WANDOUJIA, key, "text/csv", csv).then().statusCode(201);
        // The same bytes read as NDJSON are another request.
        upload(WANDOUJIA, key, "application/x-ndjson", csv).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Idempotency-Key " + key + " was already used for another request / 该幂等键已用于另一请求"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("was used with another request / 已用于另一请求"));
    }

    @Test
    void anUploadRecordedByAnEarlierVersionIsAnsweredAgainForTheSameBodyAndRefusedForAnother() throws Exception {
        String csv = "com.legacy.a,名,2021-01-01T00:00:00Z\n";
        String key = "legacy-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        // Before the platform's fingerprint an upload's was SHA-256 over the format's name and the body.
        String earlier = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("CSV" + csv).getBytes(StandardCharsets.UTF_8)));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO proactive_removal_upload (id, store_code, upload_key, fingerprint, removals, "
                        + "first_removed_at, last_removed_at) VALUES (?1, 'wandoujia', ?2, ?3, 1, "
                        + "'2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')")
                .setParameter(1, id).setParameter(2, key).setParameter(3, earlier).executeUpdate());

        upload(WANDOUJIA, key, "text/csv", csv).then().statusCode(201).body("id", equalTo(id.toString()));
        upload(WANDOUJIA, key, "text/csv", csv.replace("legacy.a", "legacy.b")).then().statusCode(422);
        upload(WANDOUJIA, key, "application/x-ndjson", csv).then().statusCode(422);
    }

    private Response upload(String token, String key, String contentType, String body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(contentType + "; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/store/proactive-removals");
    }

    private long rows(String store) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM proactive_removal WHERE store_code = ?1").setParameter(1, store)
                .getSingleResult())).longValue();
    }
}
