package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.AccessMatrix.Expectation;
import org.appsupervision.devstack.AccessMatrix.Target;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of appstore-service's OpenAPI document against every caller, each on a fresh order of
 * store X (or a fresh registry entry, or a fresh model line of handset maker M) with a valid body: a store acts on
 * its own orders only, only a handset maker keeps its own preinstallations (an app store is answered 409
 * channel-kind), officials decide objections, admins keep the registry and the service level, and a refused write
 * changes nothing.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class WriteAccessMatrixTest {

    static final Set<Caller> STORE_X = EnumSet.of(Caller.STORE_X);
    static final Set<Caller> MAKER_M = EnumSet.of(Caller.MAKER_M);

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The matrix sets takedown targets of many hours; later tests of the module expect the configured one. */
    @AfterEach
    void restoreTheConfiguredTakedownTarget() {
        given().auth().oauth2(Caller.ADMIN.token()).delete("/api/service-level").then().statusCode(200);
    }

    @Test
    void everyWriteOperationRefusesEveryoneOutsideItsRoleAndTenantAndChangesNothing() {
        List<String> operations = AccessMatrix.writeOperations(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(List.of(), AccessMatrix.run(operations, expectations(), WriteAccessMatrixTest::send));
    }

    Map<String, Expectation> expectations() {
        registerMakerM();
        Map<String, Expectation> e = new HashMap<>();
        e.put("PUT /api/store/preinstallations/{modelLine}", Expectation.of(MAKER_M, caller -> {
            String line = "Matrix " + suffix();
            return new Target("/api/store/preinstallations/" + line, "application/json", preinstallation(),
                    preinstallationsOf(line));
        }).refusingAlsoWith(409));
        e.put("DELETE /api/store/preinstallations/{modelLine}", Expectation.of(MAKER_M, caller -> {
            String line = "Matrix " + suffix();
            given().auth().oauth2(Caller.MAKER_M.token()).contentType(ContentType.JSON).body(preinstallation())
                    .put("/api/store/preinstallations/" + line).then().statusCode(200);
            return new Target("/api/store/preinstallations/" + line, null, null, preinstallationsOf(line));
        }).refusingAlsoWith(409));
        e.put("POST /api/admin/open-data/{service}/dumps", Expectation.onlyAdmin(caller -> new Target(
                "/api/admin/open-data/appstore-service/dumps", "application/json", java.util.Map.of("date",
                        java.time.LocalDate.of(2001, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                                .nextInt(6000)).toString()),
                rows("SELECT count(*) FROM open_data_manifest"))));
        e.put("POST /api/store/orders/{id}/acknowledgement", Expectation.of(STORE_X, caller -> {
            String order = orderOfStoreX();
            return new Target("/api/store/orders/" + order + "/acknowledgement", null, null, order(order));
        }));
        e.put("POST /api/store/orders/{id}/confirmation", Expectation.of(STORE_X, caller -> {
            String order = orderOfStoreX();
            return new Target("/api/store/orders/" + order + "/confirmation", "application/json", evidence(),
                    order(order));
        }));
        e.put("POST /api/store/orders/{id}/objection", Expectation.of(STORE_X, caller -> {
            String order = orderOfStoreX();
            return new Target("/api/store/orders/" + order + "/objection", "application/json", objection(),
                    order(order));
        }));
        e.put("POST /api/store/orders/confirmations", Expectation.perItem(STORE_X, caller -> {
            String order = orderOfStoreX();
            return new Target("/api/store/orders/confirmations", "application/json", Map.of("items", List.of(
                    Map.of("orderId", order, "removedAt", Instant.now().minusSeconds(30).toString()))), order(order));
        }));
        e.put("POST /api/orders/{id}/objection-decision", Expectation.of(EnumSet.of(Caller.OFFICIAL, Caller.APPROVER),
                caller -> {
                    String order = orderOfStoreX();
                    given().auth().oauth2(Caller.STORE_X.token()).contentType(ContentType.JSON).body(objection())
                            .post("/api/store/orders/" + order + "/objection").then().statusCode(200);
                    return new Target("/api/orders/" + order + "/objection-decision", "application/json",
                            Map.of("outcome", "REJECTED", "note", "应用仍在架"), order(order));
                }));
        e.put("POST /api/store/proactive-removals", Expectation.of(EnumSet.of(Caller.STORE_X, Caller.STORE_Y,
                Caller.MAKER_M),
                caller -> new Target("/api/store/proactive-removals", "text/csv",
                        "packageName,appName,removedAt,reason\ncom.matrix.r" + suffix() + ",示例,2021-03-01T08:00:00Z,违规\n",
                        rows("SELECT count(*) FROM proactive_removal_upload"))));
        e.put("PUT /api/service-level", Expectation.onlyAdmin(caller -> new Target("/api/service-level",
                "application/json", Map.of("takedownTarget", "PT" + (12 + caller.ordinal()) + "H", "reason", "部通知"),
                rows("SELECT * FROM service_level"))));
        e.put("DELETE /api/service-level", Expectation.onlyAdmin(caller -> {
            given().auth().oauth2(Caller.ADMIN.token()).contentType(ContentType.JSON)
                    .body(Map.of("takedownTarget", "PT20H", "reason", "部通知")).put("/api/service-level")
                    .then().statusCode(200);
            return new Target("/api/service-level", null, null, rows("SELECT * FROM service_level"));
        }));
        e.put("POST /api/stores", Expectation.onlyAdmin(caller -> new Target("/api/stores", "application/json",
                store("matrix-" + suffix()), rows("SELECT count(*) FROM store"))));
        e.put("PUT /api/stores/{code}", Expectation.onlyAdmin(caller -> {
            String code = "matrix-" + suffix();
            given().auth().oauth2(Caller.ADMIN.token()).contentType(ContentType.JSON).body(store(code))
                    .post("/api/stores").then().statusCode(201);
            Map<String, Object> changed = store(code);
            changed.put("nameEn", "Renamed Store");
            return new Target("/api/stores/" + code, "application/json", changed,
                    rows("SELECT * FROM store WHERE code = '" + code + "'"));
        }));
        e.put("POST /api/stores/{code}/webhook-deliveries/replay", Expectation.onlyAdmin(caller -> new Target(
                "/api/stores/" + AccessMatrix.STORE_X + "/webhook-deliveries/replay", null, null,
                rows("SELECT count(*) FROM webhook_delivery WHERE store_code = '" + AccessMatrix.STORE_X
                        + "' AND status = 'PARKED'"))));
        return e;
    }

    /** Sends with a fresh Idempotency-Key, which uploads require and the other store writes accept. */
    static AccessMatrix.Answer send(Caller caller, String method, Target target) {
        RequestSpecification request = given().header("Idempotency-Key", "matrix-" + UUID.randomUUID());
        if (caller.token() != null) {
            request = request.auth().oauth2(caller.token());
        }
        if (target.contentType() != null) {
            request = request.contentType(target.contentType()).body(target.body());
        }
        Response response = request.request(method, target.path());
        return new AccessMatrix.Answer(response.statusCode(), response.asString());
    }

    String orderOfStoreX() {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.matrix.o" + suffix(), Instant.now(),
                List.of(AccessMatrix.STORE_X));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> orders = given().auth().oauth2(Caller.AUDITOR.token())
                    .queryParam("noticeId", ordered.noticeId().toString()).get("/api/orders")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            orders.stream().filter(o -> "TAKEDOWN".equals(o.get("kind"))).findFirst()
                    .ifPresent(o -> id[0] = (String) o.get("id"));
            return id[0] != null;
        });
        return id[0];
    }

    /** Registers handset maker M once (the registry is shared by the module's tests). */
    static void registerMakerM() {
        Map<String, Object> maker = store(AccessMatrix.MAKER_M);
        maker.put("nameZh", "荣耀");
        maker.put("nameEn", "Honor");
        maker.put("company", "荣耀终端股份有限公司");
        maker.put("kind", "HANDSET_MAKER");
        int status = given().auth().oauth2(Caller.ADMIN.token()).contentType(ContentType.JSON).body(maker)
                .post("/api/stores").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering maker M answered " + status);
        }
    }

    static Map<String, Object> preinstallation() {
        return Map.of("apps", List.of(Map.of("packageName", "com.matrix.p" + suffix(), "appName", "矩阵预置")));
    }

    Supplier<Object> preinstallationsOf(String modelLine) {
        return rows("SELECT store_code, package_name FROM preinstallation WHERE model_line = '" + modelLine
                + "' ORDER BY 1, 2");
    }

    static Supplier<Object> order(String id) {
        return () -> given().auth().oauth2(Caller.STORE_X.token()).get("/api/store/orders/" + id)
                .then().statusCode(200).extract().asString();
    }

    Supplier<Object> rows(String sql) {
        return AccessMatrix.rows(database, sql);
    }

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> evidence() {
        return Map.of("removedAt", Instant.now().minusSeconds(30).toString(),
                "listingReference", "https://appgallery.huawei.com/app/C1", "note", "已下架");
    }

    static Map<String, Object> objection() {
        return Map.of("reasonCode", "NOT_LISTED", "reasonText", "本商店未上架该应用");
    }

    static Map<String, Object> store(String code) {
        Map<String, Object> store = new HashMap<>();
        store.put("code", code);
        store.put("nameZh", "矩阵应用商店");
        store.put("nameEn", "Matrix Store");
        store.put("company", "矩阵科技有限公司");
        store.put("provinceCode", AccessMatrix.PROVINCE_A);
        return store;
    }
}
