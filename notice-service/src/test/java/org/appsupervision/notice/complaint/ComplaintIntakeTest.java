package org.appsupervision.notice.complaint;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.complaint.ComplaintFixtures.address;
import static org.appsupervision.notice.complaint.ComplaintFixtures.complaint;
import static org.appsupervision.notice.complaint.ComplaintFixtures.file;
import static org.appsupervision.notice.complaint.ComplaintFixtures.rows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public's side: filing a complaint, its checks, duplicates, caps, and a status page without personal data. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ComplaintIntakeTest {

    @Inject
    DataSource database;

    @BeforeEach
    void storeInTheRegistryCopy() {
        ComplaintFixtures.store(database);
    }

    @Test
    void aComplaintGetsAnUnguessableTrackingNumberAndAStatusWithoutPersonalData() {
        Map<String, Object> body = complaint("com.complaint.public" + ComplaintFixtures.suffix());
        body.put("screenshots", List.of(Base64.getEncoder().encodeToString(ComplaintFixtures.PNG)));
        body.put("contact", Map.of("name", "张三丰", "phone", "13800138000", "email", "zhang@example.com"));
        String number = file(body, address()).statusCode(201)
                .header("Location", containsString("/api/public/complaints/TS-"))
                .body("duplicate", equalTo(false)).body("status", equalTo("RECEIVED"))
                .body("pageUrl", matchesPattern("/complaints/TS-\\d{4}-[A-Z2-7]{10}"))
                .extract().path("trackingNumber");
        String status = given().get("/api/public/complaints/" + number).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("progress[0].status", equalTo("RECEIVED"))
                .body("problems", hasItem("collect-beyond-scope")).extract().asString();
        for (String personal : List.of("张三丰", "13800138000", "zhang@example.com", "读取通讯录", "contact")) {
            assertFalse(status.contains(personal), "the public status shows " + personal + ": " + status);
        }
        given().get("/api/public/complaints/TS-2026-AAAAAAAAAA").then().statusCode(404);
        given().get("/api/public/complaints/not-a-number").then().statusCode(404);
    }

    @Test
    void theSameAppAndProblemFromTheSameAddressIsAnsweredWithTheEarlierTrackingNumber() {
        String pkg = "com.complaint.dup" + ComplaintFixtures.suffix();
        String from = address();
        String first = file(complaint(pkg, "collect-beyond-scope"), from).statusCode(201).extract().path("trackingNumber");
        String before = rows(database);
        file(complaint(pkg, "collect-beyond-scope", "use-beyond-purpose"), from).statusCode(200)
                .body("duplicate", equalTo(true)).body("trackingNumber", equalTo(first));
        assertEquals(before.substring(0, before.lastIndexOf('/')), rows(database).substring(0,
                rows(database).lastIndexOf('/')), "a duplicate is no new complaint");
        assertEquals("1", ComplaintFixtures.text(database, "SELECT repeats FROM complaint WHERE tracking_number = '"
                + first + "'"));
        file(complaint(pkg, "use-beyond-purpose"), from).statusCode(201).body("duplicate", equalTo(false));
        file(complaint(pkg, "collect-beyond-scope"), address()).statusCode(201).body("duplicate", equalTo(false));
        file(complaint(pkg + "x", "collect-beyond-scope"), from).statusCode(201).body("duplicate", equalTo(false));
        Map<String, Object> byNameOnly = complaint(null, "collect-beyond-scope");
        byNameOnly.remove("packageName");
        file(byNameOnly, from).statusCode(200).body("duplicate", equalTo(true));
    }

    @Test
    void oneAddressGetsTooManyRequestsOverItsHourlyCapAndWritesNothing() {
        String from = address();
        for (int i = 0; i < 25; i++) {
            file(complaint("com.complaint.cap" + ComplaintFixtures.suffix()), from).statusCode(201);
        }
        String before = rows(database);
        String retryAfter = file(complaint("com.complaint.cap" + ComplaintFixtures.suffix()), from).statusCode(429)
                .contentType("application/problem+json").body("type", containsString("/problems/too-many-requests"))
                .extract().header("Retry-After");
        // The first of the 25 leaves the sliding hour in just under an hour: that is when the address may file again.
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 3000 && seconds <= 3601, "Retry-After " + retryAfter);
        assertEquals(before, rows(database));
        file(complaint("com.complaint.cap" + ComplaintFixtures.suffix()), address()).statusCode(201);
    }

    @Test
    void screenshotsAreRefusedOverTheirCountSizeOrTypeAndNothingIsWritten() {
        String png = Base64.getEncoder().encodeToString(ComplaintFixtures.PNG);
        byte[] large = Arrays.copyOf(ComplaintFixtures.PNG, 2 * 1024 * 1024 + 1);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] jpeg = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
        Map<List<String>, String> refused = Map.of(
                List.of(png, png, png, png), "screenshots",
                List.of(Base64.getEncoder().encodeToString(large)), "screenshots[0]",
                List.of(png, Base64.getEncoder().encodeToString(gif)), "screenshots[1]",
                List.of("not base64 at all!"), "screenshots[0]",
                List.of(Base64.getEncoder().encodeToString("%PDF-1.7 pretending".getBytes())), "screenshots[0]");
        refused.forEach((screenshots, field) -> {
            Map<String, Object> body = complaint("com.complaint.shot" + ComplaintFixtures.suffix());
            body.put("screenshots", screenshots);
            String before = rows(database);
            file(body, address()).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
            assertEquals(before, rows(database), "refused screenshots wrote something: " + field);
        });
        Map<String, Object> body = complaint("com.complaint.shot" + ComplaintFixtures.suffix());
        body.put("screenshots", List.of(png, Base64.getEncoder().encodeToString(jpeg)));
        file(body, address()).statusCode(201);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String before = rows(database);
        given().contentType(ContentType.JSON).header(PublicComplaintResource.CLIENT_ADDRESS, address())
                .body("{\"description\":\"" + "x".repeat(9 * 1024 * 1024 + 1) + "\"}")
                .post("/api/public/complaints").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, rows(database));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"description", "含有\u0000的文字"});
        cases.add(new Object[] {"description", "   "});
        cases.add(new Object[] {"description", "长".repeat(2001)});
        cases.add(new Object[] {"problems", List.of("no-such-problem")});
        cases.add(new Object[] {"problems", List.of()});
        cases.add(new Object[] {"store", "no-such-store"});
        cases.add(new Object[] {"packageName", "not a package"});
        cases.add(new Object[] {"appName", null});
        cases.add(new Object[] {"contact", Map.of("name", "张三")});
        cases.add(new Object[] {"contact", Map.of("phone", "12345")});
        cases.add(new Object[] {"contact", Map.of("email", "not-an-address")});
        cases.add(new Object[] {"unknownField", "x"});
        cases.add(new Object[] {"problems", "collect-beyond-scope"});
        for (Object[] c : cases) {
            Map<String, Object> body = complaint(null);
            body.remove("packageName");
            body.put((String) c[0], c[1]);
            String before = rows(database);
            String answer = file(body, address()).statusCode(400).contentType("application/problem+json")
                    .extract().asString();
            assertEquals(before, rows(database), c[0] + " = " + c[1] + " wrote something");
            assertFalse(answer.contains("Exception") || answer.contains("org.appsupervision"), answer);
        }
        given().contentType("text/plain").body("complaint").post("/api/public/complaints").then().statusCode(415);
    }

    @Test
    void theFormOffersTheTaxonomyAndTheStores() {
        given().get("/api/public/complaints/options").then().statusCode(200)
                .body("problems.code", hasItem("collect-beyond-scope")).body("stores.code", hasItem(ComplaintFixtures.STORE));
    }
}
