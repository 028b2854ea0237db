package org.appsupervision.appstore.preinstallation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.TestTokens;

/** Registers channels and preinstallations for tests through the API. */
public final class Channels {

    public static final String ADMIN = TestTokens.user("li.admin", "admin");
    public static final String OFFICIAL = TestTokens.user("wang.official", "official");

    private Channels() {
    }

    /** A fresh channel code. */
    public static String freshCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a channel of {@code kind} (null: the default) and answers its code. */
    public static String register(String code, String kind) {
        Map<String, Object> channel = new HashMap<>(Map.of("code", code, "nameZh", "测试渠道" + code,
                "nameEn", "Test channel " + code, "company", "测试终端有限公司", "provinceCode", "44"));
        if (kind != null) {
            channel.put("kind", kind);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(channel).post("/api/stores")
                .then().statusCode(201);
        return code;
    }

    /** The maker {@code code} replaces a model line's list with {@code packages} (app names made up). */
    public static void preinstall(String code, String modelLine, List<String> packages) {
        given().auth().oauth2(TestTokens.store(code)).contentType(ContentType.JSON)
                .body(Map.of("apps", packages.stream().map(p -> Map.of("packageName", p, "appName", "预置" + p))
                        .toList()))
                .put("/api/store/preinstallations/" + modelLine).then().statusCode(200);
    }
}
