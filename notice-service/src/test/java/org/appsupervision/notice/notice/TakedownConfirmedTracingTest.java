package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.platform.tracing.EventSpans;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A store's confirmation reaches notice-service in the trace its record carries (the store's request at appstore). */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class TakedownConfirmedTracingTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void consumingATakedownConfirmedIsAConsumerSpanInTheRecordsTraceWithTheChainId() {
        JsonPath notice = published();
        String noticeId = notice.getString("id");
        String itemId = notice.getString("items[0].itemId");
        String chainId = UUID.randomUUID().toString();
        String traceId = IdGenerator.random().generateTraceId();
        String parentId = IdGenerator.random().generateSpanId();

        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "TakedownConfirmed",
                UUID.randomUUID().toString(), confirmation(noticeId, itemId, chainId),
                Map.of("traceparent", "00-" + traceId + "-" + parentId + "-01"));

        SpanData consumed = await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getName().equals("process TakedownConfirmed"))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertEquals(SpanKind.CONSUMER, consumed.getKind());
        assertEquals(parentId, consumed.getParentSpanId());
        assertEquals(chainId, consumed.getAttributes().get(EventSpans.CHAIN_ID));
        assertEquals(StatusCode.UNSET, consumed.getStatus().getStatusCode());
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId).then().statusCode(200)
                .body("items[0].confirmedStoreCount", equalTo(1));
    }

    private JsonPath published() {
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(NoticeFixtures.takedown(List.of(NoticeFixtures.app("追踪", "com.traced.notice",
                        NoticeFixtures.DOUBAN_OPERATOR_CODE, List.of("collect-beyond-scope"), List.of("huawei")))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        return given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String confirmation(String noticeId, String itemId, String chainId) {
        return """
                {"orderId":"%s","noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"com.traced.notice",
                 "storeCode":"huawei","removedAt":"2021-12-09T10:00:00Z","listingReference":"https://store/app/1",
                 "note":null,"confirmedAt":"2021-12-09T10:05:00Z"}""".formatted(UUID.randomUUID(), noticeId, itemId,
                chainId);
    }
}
