package org.appsupervision.notice.finding.importing;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.finding.importing.FindingImportTest.HEADER;
import static org.appsupervision.notice.finding.importing.FindingImportTest.OFFICIAL;
import static org.appsupervision.notice.finding.importing.FindingImportTest.batch;
import static org.appsupervision.notice.finding.importing.FindingImportTest.csvLine;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** Imports whose reading overlaps with receiving: the spooled file read as it grows, the streamed body read ahead. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class FindingImportOverlapTest {

    static final int LINES = FindingBulkWriter.OWN_PARTITION_FROM + 300;

    @Inject
    EntityManager em;

    static String bigCsv(String prefix, int... badAt) {
        StringBuilder csv = new StringBuilder(HEADER);
        Set<Integer> bad = Arrays.stream(badAt).boxed().collect(Collectors.toSet());
        for (int i = 0; i < LINES; i++) {
            csv.append(csvLine(prefix + (i % 500), bad.contains(i) ? "no-such-problem" : "collect-beyond-scope",
                    "91330100799655058B"));
        }
        return csv.toString();
    }

    static ValidatableResponse awaitFinished(String location) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(given().auth().oauth2(OFFICIAL).get(location).then().extract().path("status")));
        return given().auth().oauth2(OFFICIAL).get(location).then().statusCode(200);
    }

    @Test
    void aSpooledImportSentInChunksIsReadAsItGrowsAndReportsItsBadLinesOrWritesEveryLine() {
        String rejectedBatch = batch(OFFICIAL, "MINISTRY");
        String rejected = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8")
                .body(new ByteArrayInputStream(bigCsv("com.example.grow", 17, LINES - 2)
                        .getBytes(StandardCharsets.UTF_8)))
                .queryParam("batchId", rejectedBatch).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        awaitFinished(rejected).body("status", equalTo("REJECTED")).body("linesRead", equalTo(LINES))
                .body("badLines", equalTo(2)).body("errors.field", contains("line 19", "line " + LINES))
                .body("errors[0].message", containsString("unknown problem code 'no-such-problem'"));
        assertEquals(0, count("finding WHERE batch_id = '" + rejectedBatch + "'"));

        String batchId = batch(OFFICIAL, "MINISTRY");
        String location = given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8")
                .body(new ByteArrayInputStream(bigCsv("com.example.grow").getBytes(StandardCharsets.UTF_8)))
                .queryParam("batchId", batchId).post("/api/findings/imports")
                .then().statusCode(202).extract().header("Location");
        awaitFinished(location).body("status", equalTo("SUCCEEDED")).body("linesWritten", equalTo(LINES));
        assertEquals(LINES, count("finding WHERE batch_id = '" + batchId + "'"));
    }

    @Test
    void theJobOfASpooledUploadCopiesItsFirstLinesWhileTheRestIsStillBeingSent() throws Exception {
        String batchId = batch(OFFICIAL, "MINISTRY");
        StringBuilder first = new StringBuilder(HEADER);
        StringBuilder rest = new StringBuilder();
        // well past the lines that start the COPY, so that a reader that fills a large buffer before parsing gets there
        int firstLines = FindingBulkWriter.OWN_PARTITION_FROM + 15_000;
        for (int i = 0; i < firstLines; i++) {
            first.append(csvLine("com.example.sentfirst" + (i % 500), "collect-beyond-scope", "91330100799655058B"));
        }
        for (int i = 0; i < LINES; i++) {
            rest.append(csvLine("com.example.sentlast" + (i % 500), "collect-beyond-scope", "91330100799655058B"));
        }
        byte[] head = first.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = rest.toString().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request(batchId, head.length + tail.length));
            out.write(head);
            out.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                    count("pg_stat_activity WHERE state = 'active' AND query LIKE 'COPY finding_load_%'")) == 1);
            out.write(tail);
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 202", status);
        }
        String jobId = em.createNativeQuery("SELECT id::text FROM finding_import_job WHERE batch_id = '" + batchId
                + "'").getSingleResult().toString();
        awaitFinished("/api/findings/imports/" + jobId).body("status", equalTo("SUCCEEDED"))
                .body("linesWritten", equalTo(firstLines + LINES));
        assertEquals(firstLines + LINES, count("finding WHERE batch_id = '" + batchId + "'"));
    }

    @Test
    void aClientThatExpectsContinueIsToldToSendTheFileBeforeItDoes() throws IOException {
        // curl asks "Expect: 100-continue" before a body of over a megabyte and waits a second for the answer
        String batchId = batch(OFFICIAL, "MINISTRY");
        byte[] file = (HEADER + csvLine("com.example.expects", "collect-beyond-scope", "91330100799655058B"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] head = new String(request(batchId, file.length), StandardCharsets.US_ASCII)
                .replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n",
                    new String(socket.getInputStream().readNBytes(25), StandardCharsets.US_ASCII));
            out.write(file);
            out.flush();
            assertEquals("HTTP/1.1 202", new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII));
        }
    }

    static byte[] request(String batchId, int length) {
        return ("POST /api/findings/imports?batchId=" + batchId + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + OFFICIAL + "\r\nContent-Type: text/csv; charset=UTF-8\r\n"
                + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aSpooledUploadThatBreaksOffMidwayWritesNothingAndLeavesNoJob() throws Exception {
        String batchId = batch(OFFICIAL, "MINISTRY");
        byte[] csv = bigCsv("com.example.broken").getBytes(StandardCharsets.UTF_8);
        int half = csv.length / 2;
        Set<Path> spoolsBefore = spools();
        Path spool;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request(batchId, csv.length));
            out.write(csv, 0, half);
            out.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> spools().stream()
                    .anyMatch(p -> !spoolsBefore.contains(p) && size(p) >= GrowingSpool.CHUNK));
            spool = spools().stream().filter(p -> !spoolsBefore.contains(p)).findFirst().orElseThrow();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !Files.exists(spool));

        assertEquals(0, count("finding WHERE batch_id = '" + batchId + "'"));
        assertEquals(0, count("finding_import_job WHERE batch_id = '" + batchId + "'"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.broken1").then().statusCode(404);
    }

    @Test
    void aStreamedUploadIsReadAheadAndWritesEveryLine() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String jobId = open(batchId);
        given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8")
                .body(new ByteArrayInputStream(bigCsv("com.example.ahead").getBytes(StandardCharsets.UTF_8)))
                .put("/api/findings/imports/" + jobId + "/file")
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")).body("linesWritten", equalTo(LINES));
        assertEquals(LINES, count("finding WHERE batch_id = '" + batchId + "'"));
    }

    @Test
    void aStreamedUploadWithABadHeaderIsRejectedAndItsRestIsLetGo() {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String jobId = open(batchId);
        String csv = "packageName,appName\n" + bigCsv("com.example.headless").substring(HEADER.length());
        given().auth().oauth2(OFFICIAL).contentType("text/csv; charset=UTF-8")
                .body(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                .put("/api/findings/imports/" + jobId + "/file")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("errors[0].field", equalTo("line 1"))
                .body("errors[0].message", containsString("the header lacks the columns"));
        given().auth().oauth2(OFFICIAL).get("/api/findings/imports/" + jobId).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertEquals(0, count("finding WHERE batch_id = '" + batchId + "'"));
    }

    @Test
    void aStreamedUploadThatBreaksOffMidwayEndsWithoutWritingAndSaysSo() throws Exception {
        String batchId = batch(OFFICIAL, "MINISTRY");
        String jobId = open(batchId);
        byte[] csv = bigCsv("com.example.cut").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/findings/imports/" + jobId + "/file HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + OFFICIAL + "\r\nContent-Type: text/csv; charset=UTF-8\r\n"
                    + "Content-Length: " + csv.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(csv, 0, csv.length / 2);
            out.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(OFFICIAL)
                    .get("/api/findings/imports/" + jobId).then().extract().<Integer>path("linesRead") > 0);
        }
        awaitFinished("/api/findings/imports/" + jobId)
                .body("status", org.hamcrest.Matchers.oneOf("REJECTED", "FAILED"))
                .body("linesWritten", equalTo(0));
        assertEquals(0, count("finding WHERE batch_id = '" + batchId + "'"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.example.cut1").then().statusCode(404);
    }

    static String open(String batchId) {
        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "format", "CSV")).post("/api/findings/imports")
                .then().statusCode(201).extract().path("id");
    }

    static Set<Path> spools() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("findings-")).collect(Collectors.toSet());
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
