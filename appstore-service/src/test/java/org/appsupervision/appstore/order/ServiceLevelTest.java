package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class ServiceLevelTest {

    static final String ADMIN = TestTokens.user("li.admin", "admin");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String AUDITOR = TestTokens.user("sun.auditor", "auditor");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void ordersCreatedAfterAnAdminChangesTheTargetGetItsDeadlineAndTheChangeIsAudited() {
        given().auth().oauth2(OFFICIAL).get("/api/service-level").then().statusCode(200)
                .body("source", equalTo("CONFIGURED")).body("takedownTarget", equalTo("PT3S"));
        try {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("takedownTarget", "PT12H", "reason", "部通知：12小时内处理"))
                    .put("/api/service-level").then().statusCode(200)
                    .body("source", equalTo("SET")).body("takedownTargetSeconds", equalTo(43200))
                    .body("changedBy", equalTo("li.admin"));

            Instant publishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.sla.app", publishedAt, List.of("huawei"));
            EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                    ordered.itemId().toString(), ordered.json());
            String deadline = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(OFFICIAL)
                    .queryParam("noticeId", ordered.noticeId()).get("/api/orders").then().statusCode(200)
                    .extract().jsonPath().getString("[0].deadline"), d -> d != null);
            assertEquals(publishedAt.plus(Duration.ofHours(12)), Instant.parse(deadline));

            given().auth().oauth2(AUDITOR).queryParam("table", "service_level")
                    .get("/api/audit-trail/appstore-service").then().statusCode(200)
                    .body("entries[0].actor", equalTo("li.admin")).body("entries[0].after.takedown_target_seconds",
                            equalTo(43200));
        } finally {
            given().auth().oauth2(ADMIN).delete("/api/service-level").then().statusCode(200)
                    .body("source", equalTo("CONFIGURED"));
        }
        given().auth().oauth2(OFFICIAL).get("/api/service-level").then().statusCode(200)
                .body("takedownTarget", equalTo("PT3S"));
    }

    @Test
    void onlyAnAdminChangesTheTargetAndOnlyWithinAnHourToThirtyDays() {
        given().get("/api/service-level").then().statusCode(401);
        given().auth().oauth2(TestTokens.store("huawei")).get("/api/service-level").then().statusCode(403);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("takedownTarget", "PT12H", "reason", "x")).put("/api/service-level").then().statusCode(403);
        for (String target : List.of("PT30M", "P31D", "PT1H0.5S")) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("takedownTarget", target, "reason", "试一试")).put("/api/service-level").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("takedownTarget"));
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("takedownTarget", "PT12H"))
                .put("/api/service-level").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(OFFICIAL).get("/api/service-level").then().statusCode(200)
                .body("source", equalTo("CONFIGURED"));
    }
}
