package org.appsupervision.notice.recheck;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.appsupervision.notice.sdk.Sdk;
import org.appsupervision.notice.sdk.SdkRepository;

/** SDKs of the registry, published notices naming them and officials' re-check tasks of their items, for tests. */
public final class SdkRecheckFixtures {

    private SdkRecheckFixtures() {
    }

    /** Registers an active SDK (directly in the registry's tables) whose provider is registered in the province. */
    public static String sdk(String province, String... versions) {
        String code = "sdk-rc-" + RecheckFixtures.suffix();
        QuarkusTransaction.requiringNew().run(() -> {
            Sdk sdk = new Sdk();
            sdk.code = code;
            sdk.nameZh = "复检推送SDK";
            sdk.nameEn = "Re-check push SDK";
            sdk.providerName = "复检推送技术有限公司";
            sdk.providerCreditCode = RecheckFixtures.creditCode(province);
            sdk.providerProvinceCode = province;
            sdk.active = true;
            sdk.versions = new LinkedHashSet<>(List.of(versions));
            sdk.createdBy = "test";
            sdk.createdAt = Instant.now();
            Arc.container().instance(SdkRepository.class).get().persist(sdk);
        });
        return code;
    }

    /** A published rectification notice (deadline ten days on) naming only the SDK at version 1.0. */
    public static JsonPath published(String sdkCode) {
        String id = given().auth().oauth2(RecheckFixtures.OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的第三方SDK通报", "rectificationDays", 10,
                        "apps", List.of(Map.of("subject", "SDK", "sdk", sdkCode, "sdkVersions", List.of("1.0"),
                                "problems", List.of("collect-beyond-scope")))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(RecheckFixtures.APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        return given().auth().oauth2(RecheckFixtures.APPROVER).post("/api/notices/" + id + "/publication").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The item id of a fresh published notice naming a fresh SDK of a provider in the province. */
    public static String sdkItem(String province) {
        return published(sdk(province, "1.0")).getString("items[0].itemId");
    }

    /** An official opens the re-check of the item; the task's view. */
    public static JsonPath opened(String itemId) {
        return given().auth().oauth2(RecheckFixtures.OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("itemId", itemId)).post("/api/rechecks").then().statusCode(201).extract().jsonPath();
    }

    /** An open task of a fresh SDK item (provider in province 44), assigned (or reassigned) to the agency. */
    public static String taskOf(String agencyCode) {
        JsonPath task = opened(sdkItem("44"));
        String id = task.getString("id");
        if (!agencyCode.equals(task.getString("agencyCode"))) {
            given().auth().oauth2(RecheckFixtures.OFFICIAL).contentType(ContentType.JSON)
                    .body(Map.of("agencyCode", agencyCode, "reason", "测试改派"))
                    .post("/api/rechecks/" + id + "/assignment").then().statusCode(200);
        }
        return id;
    }
}
