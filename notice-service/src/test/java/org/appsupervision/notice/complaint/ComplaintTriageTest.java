package org.appsupervision.notice.complaint;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.complaint.ComplaintFixtures.ADMIN;
import static org.appsupervision.notice.complaint.ComplaintFixtures.AUDITOR;
import static org.appsupervision.notice.complaint.ComplaintFixtures.GUANGDONG;
import static org.appsupervision.notice.complaint.ComplaintFixtures.OFFICIAL;
import static org.appsupervision.notice.complaint.ComplaintFixtures.SICHUAN;
import static org.appsupervision.notice.complaint.ComplaintFixtures.complaint;
import static org.appsupervision.notice.complaint.ComplaintFixtures.filed;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The officials' triage: review, merge, reject, into a finding or as evidence; who sees contact data. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ComplaintTriageTest {

    @Inject
    DataSource database;

    @BeforeEach
    void storeInTheRegistryCopy() {
        ComplaintFixtures.store(database);
    }

    @Test
    void complaintsGoThroughTriageIntoAFindingOfABatchOfComplaints() {
        String pkg = ComplaintFixtures.registeredApp();
        String[] first = filed(complaint(pkg, "collect-beyond-scope"), database);
        String[] second = filed(complaint(pkg, "excessive-permissions"), database);
        given().auth().oauth2(OFFICIAL).get("/api/complaints?status=RECEIVED&app=" + pkg).then().statusCode(200)
                .body("trackingNumber", hasItems(first[0], second[0]));
        given().auth().oauth2(OFFICIAL).post("/api/complaints/" + first[1] + "/review").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        given().get("/api/public/complaints/" + first[0]).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("progress.status", hasItems("RECEIVED", "UNDER_REVIEW"));
        long findingId = ((Number) given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("alsoIds", List.of(second[1]), "version", "3.2.1"))
                .post("/api/complaints/" + first[1] + "/finding").then().statusCode(201)
                .body("complaint.status", equalTo("FINDING")).extract().path("findingId")).longValue();
        String batch = ComplaintFixtures.text(database, "SELECT batch_id FROM finding WHERE id = " + findingId);
        given().auth().oauth2(OFFICIAL).get("/api/batches/" + batch).then().statusCode(200)
                .body("kind", equalTo("COMPLAINTS")).body("runBy", equalTo("MINISTRY")).body("findingCount", equalTo(1));
        given().auth().oauth2(OFFICIAL).get("/api/findings?batchId=" + batch).then().statusCode(200)
                .body("[0].packageName", equalTo(pkg)).body("[0].version", equalTo("3.2.1"))
                .body("[0].sourceStore", equalTo(ComplaintFixtures.STORE))
                .body("[0].problems", hasItems("collect-beyond-scope", "excessive-permissions"))
                .body("[0].references", hasItems(first[0], second[0]));
        for (String number : List.of(first[0], second[0])) {
            given().get("/api/public/complaints/" + number).then().statusCode(200).body("status", equalTo("FINDING"));
        }
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("reason", "已处理"))
                .post("/api/complaints/" + first[1] + "/rejection").then().statusCode(409);
        given().auth().oauth2(AUDITOR).get("/api/timeline/" + pkg).then().statusCode(200)
                .body("type", hasItems("COMPLAINTS", "FINDING"));
        given().auth().oauth2(AUDITOR).get("/api/stats").then().statusCode(200)
                .body("complaintsPerApp.packageName", hasItem(pkg));
        assertTrue(Long.parseLong(ComplaintFixtures.text(database, "SELECT count(*) FROM audit_trail WHERE "
                + "table_name = 'complaint' AND row_key = '" + first[1] + "' AND actor = 'wang.official'")) >= 2,
                "the review and the finding are in the audit trail under the official");
    }

    @Test
    void aComplaintIsAttachedAsEvidenceToAnExistingFinding() {
        String pkg = ComplaintFixtures.registeredApp();
        String[] one = filed(complaint(pkg), database);
        String[] two = filed(complaint(pkg, "use-beyond-purpose"), database);
        long findingId = ((Number) given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("version", "1.0")).post("/api/complaints/" + one[1] + "/finding").then().statusCode(201)
                .extract().path("findingId")).longValue();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("findingId", findingId))
                .post("/api/complaints/" + two[1] + "/evidence").then().statusCode(200)
                .body("status", equalTo("FINDING")).body("findingId", equalTo((int) findingId));
        String[] other = filed(complaint(ComplaintFixtures.registeredApp()), database);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("findingId", findingId))
                .post("/api/complaints/" + other[1] + "/evidence").then().statusCode(400);
    }

    @Test
    void aDuplicateIsMergedAndARejectionShowsItsReasonPublicly() {
        String pkg = ComplaintFixtures.registeredApp();
        String[] kept = filed(complaint(pkg), database);
        String[] duplicate = filed(complaint(pkg), database);
        String[] rejected = filed(complaint(pkg, "use-beyond-purpose"), database);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("intoId", kept[1]))
                .post("/api/complaints/" + duplicate[1] + "/merge").then().statusCode(200)
                .body("status", equalTo("MERGED"));
        given().get("/api/public/complaints/" + duplicate[0]).then().statusCode(200)
                .body("status", equalTo("MERGED")).body("mergedInto", equalTo(kept[0]));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("intoId", duplicate[1]))
                .post("/api/complaints/" + rejected[1] + "/merge").then().statusCode(409);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("intoId", rejected[1]))
                .post("/api/complaints/" + rejected[1] + "/merge").then().statusCode(400);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("reason", "所述问题不属于侵害用户权益"))
                .post("/api/complaints/" + rejected[1] + "/rejection").then().statusCode(200);
        given().get("/api/public/complaints/" + rejected[0]).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("所述问题不属于侵害用户权益"));
        given().auth().oauth2(OFFICIAL).get("/api/complaints/" + kept[1]).then().body("repeats", equalTo(1));
    }

    @Test
    void contactDataAndScreenshotsAreForOfficialsOnly() {
        String pkg = ComplaintFixtures.registeredApp();
        Map<String, Object> body = complaint(pkg);
        body.put("contact", Map.of("name", "李四", "phone", "0755-1234567", "email", "li@example.com"));
        body.put("screenshots", List.of(Base64.getEncoder().encodeToString(ComplaintFixtures.PNG)));
        String[] filed = filed(body, database);
        for (String official : List.of(OFFICIAL, GUANGDONG)) {
            given().auth().oauth2(official).get("/api/complaints/" + filed[1]).then().statusCode(200)
                    .body("contact.phone", equalTo("0755-1234567")).body("contact.email", equalTo("li@example.com"));
            given().auth().oauth2(official).get("/api/complaints/" + filed[1] + "/screenshots/1").then()
                    .statusCode(200).contentType("image/png");
        }
        for (String reader : List.of(ADMIN, AUDITOR)) {
            String answer = given().auth().oauth2(reader).get("/api/complaints/" + filed[1]).then().statusCode(200)
                    .body("contact", nullValue()).body("screenshotCount", equalTo(1)).extract().asString();
            assertFalse(answer.contains("0755-1234567") || answer.contains("李四"), answer);
            given().auth().oauth2(reader).get("/api/complaints/" + filed[1] + "/screenshots/1").then().statusCode(403);
        }
        given().auth().oauth2(SICHUAN).get("/api/complaints/" + filed[1]).then().statusCode(403);
        given().auth().oauth2(SICHUAN).get("/api/complaints?app=" + pkg).then().statusCode(200)
                .body("id", not(hasItem(filed[1])));
        given().auth().oauth2(GUANGDONG).get("/api/complaints?app=" + pkg).then().statusCode(200)
                .body("id", hasItem(filed[1])).body("[0].contact", nullValue());
        given().get("/api/complaints/" + filed[1]).then().statusCode(401);
        given().auth().oauth2(ComplaintFixtures.OFFICIAL).get("/api/complaints?problem=collect-beyond-scope")
                .then().statusCode(200).body("[0].id", notNullValue());
        assertEquals("0", ComplaintFixtures.text(database, "SELECT count(*) FROM audit_trail WHERE "
                + "before::text LIKE '%0755-1234567%' OR after::text LIKE '%0755-1234567%'"),
                "contact data never enter the audit trail, which auditors read");
    }
}
