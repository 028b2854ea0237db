package org.appsupervision.notice.complaint;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.complaint.ComplaintFixtures.OFFICIAL;
import static org.appsupervision.notice.complaint.ComplaintFixtures.complaint;
import static org.appsupervision.notice.complaint.ComplaintFixtures.filed;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contact data, the address hash and screenshots are erased after the retention period; the complaint stays. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ComplaintRetentionTest {

    @Inject
    DataSource database;

    @Inject
    ComplaintRetention retention;

    @BeforeEach
    void storeInTheRegistryCopy() {
        ComplaintFixtures.store(database);
    }

    @Test
    void contactDataAreErasedOnceTheRetentionPeriodHasPassedAndTheStatusStillAnswers() {
        String[] old = filed(withContact(ComplaintFixtures.registeredApp()), database);
        String[] recent = filed(withContact(ComplaintFixtures.registeredApp()), database);
        ComplaintFixtures.execute(database, "UPDATE complaint SET received_at = now() - interval '181 days' "
                + "WHERE id = '" + old[1] + "'");
        assertTrue(retention.erase() >= 1);
        assertEquals("null/null/null/null/true", ComplaintFixtures.text(database, "SELECT coalesce(contact_name, 'null') "
                + "|| '/' || coalesce(contact_phone, 'null') || '/' || coalesce(contact_email, 'null') || '/' || "
                + "coalesce(address_hash, 'null') || '/' || (erased_at IS NOT NULL) FROM complaint_private "
                + "WHERE complaint_id = '" + old[1] + "'"));
        assertEquals(0, ComplaintFixtures.count(database,
                "SELECT count(*) FROM complaint_screenshot WHERE complaint_id = '" + old[1] + "'"));
        given().get("/api/public/complaints/" + old[0]).then().statusCode(200).body("status", equalTo("RECEIVED"));
        given().auth().oauth2(OFFICIAL).get("/api/complaints/" + old[1]).then().statusCode(200)
                .body("contact", nullValue()).body("contactErased", equalTo(true))
                .body("description", equalTo("首次打开就要求读取通讯录，拒绝后无法使用"));
        given().auth().oauth2(OFFICIAL).get("/api/complaints/" + old[1] + "/screenshots/1").then().statusCode(404);
        given().auth().oauth2(OFFICIAL).get("/api/complaints/" + recent[1]).then().statusCode(200)
                .body("contact.phone", equalTo("13800138000")).body("contactErased", equalTo(false));
        assertEquals(1, ComplaintFixtures.count(database,
                "SELECT count(*) FROM complaint_screenshot WHERE complaint_id = '" + recent[1] + "'"));
    }

    private static Map<String, Object> withContact(String pkg) {
        Map<String, Object> body = complaint(pkg);
        body.put("contact", Map.of("name", "王五", "phone", "13800138000"));
        body.put("screenshots", List.of(Base64.getEncoder().encodeToString(ComplaintFixtures.PNG)));
        return body;
    }
}
