package org.appsupervision.notice.sdk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** An SDK version at fault reaches every app known to embed it, in one rectification draft. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class SdkFollowUpTest {

    private static final String OFFICIAL = SdkFixtures.OFFICIAL;

    @Inject
    EntityManager em;

    @Test
    void draftsOneRectificationItemPerAppEmbeddingTheFaultyVersions() {
        String code = SdkFixtures.registered();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("version", "2.0.0"))
                .post("/api/sdks/" + code + "/versions").then().statusCode(200);
        String first = SdkFixtures.app();
        String second = SdkFixtures.app();
        String unaffected = SdkFixtures.app();
        SdkFixtures.embeds(first, code, "1.0.0");
        SdkFixtures.embeds(second, code, "1.0.0");
        SdkFixtures.embeds(unaffected, code, "2.0.0");

        String location = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("versions", List.of("1.0.0"), "problemCodes", List.of("collect-beyond-scope")))
                .post("/api/sdks/" + code + "/follow-up-drafts").then().statusCode(201)
                .body("kind", equalTo("RECTIFICATION")).body("status", equalTo("DRAFT"))
                .body("title", containsString("测试SDK " + code))
                .extract().header("Location");
        given().auth().oauth2(OFFICIAL).get(location.substring(location.indexOf("/api/"))).then().statusCode(200)
                .body("items.packageName", containsInAnyOrder(first, second))
                .body("items[0].problems", contains("collect-beyond-scope"))
                .body("items[0].operator.creditCode", equalTo(SdkFixtures.OPERATOR))
                .body("items[0].version", equalTo("1.0"));
    }

    @Test
    void refusesWithoutEmbeddingAppsAndBadProblemCodesAndWritesNothing() {
        String code = SdkFixtures.registered();
        long notices = count("notice");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("versions", List.of("1.0.0"), "problemCodes", List.of("collect-beyond-scope")))
                .post("/api/sdks/" + code + "/follow-up-drafts").then().statusCode(409)
                .body("type", equalTo("/problems/no-embedding-apps")).body("title", containsString(" / "))
                .body("detail", containsString(code));
        SdkFixtures.embeds(SdkFixtures.app(), code, "1.0.0");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("versions", List.of("1.0.0", "8.8.8"), "problemCodes", List.of("no-such-problem")))
                .post("/api/sdks/" + code + "/follow-up-drafts").then().statusCode(400)
                .body("errors.field", contains("versions[1]", "problemCodes[0]"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("problemCodes", List.of("collect-beyond-scope")))
                .post("/api/sdks/no-such-sdk/follow-up-drafts").then().statusCode(404);
        given().auth().oauth2(Caller.ADMIN.token()).contentType(ContentType.JSON)
                .body(Map.of("problemCodes", List.of("collect-beyond-scope")))
                .post("/api/sdks/" + code + "/follow-up-drafts").then().statusCode(403);
        assertEquals(notices, count("notice"));
    }

    long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
