package org.appsupervision.notice.sdk;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;

/** SDKs, apps and inventories for the tests of the registry, each with fresh codes and prefixes. */
public final class SdkFixtures {

    public static final String OFFICIAL = TestTokens.user("wang.official", "official");
    public static final String OPERATOR = "91110108551385082Q";

    private SdkFixtures() {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A valid credit code of a provider in {@code province}. */
    public static String creditCode(String province) {
        StringBuilder first = new StringBuilder("91" + province + "0108MA");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return first.toString() + UnifiedSocialCreditCode.checkCharacter(first.toString());
    }

    /** A fresh SHA-256 digest in lower-case hex. */
    public static String signature() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    /** A valid registration body of an SDK with the given code and prefixes. */
    public static Map<String, Object> request(String code, List<String> prefixes) {
        Map<String, Object> sdk = new HashMap<>();
        sdk.put("code", code);
        sdk.put("nameZh", "测试SDK " + code);
        sdk.put("nameEn", "Test SDK " + code);
        sdk.put("providerName", "北京某某科技有限公司");
        sdk.put("providerCreditCode", creditCode("11"));
        sdk.put("packagePrefixes", prefixes);
        sdk.put("signatures", List.of(signature()));
        sdk.put("versions", List.of("1.0.0"));
        return sdk;
    }

    /** Registers a fresh SDK (code fx-..., prefix org.fx...) and answers its code. */
    public static String registered() {
        String suffix = suffix();
        String code = "fx-" + suffix;
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(request(code, List.of("org.fx" + suffix))).post("/api/sdks").then().statusCode(201);
        return code;
    }

    /** The prefix of a fixture SDK. */
    public static String prefixOf(String code) {
        return "org.fx" + code.substring(3);
    }

    /** Registers a fresh app of the fixture operator (province 11) and answers its package name. */
    public static String app() {
        String pkg = "com.sdkfx.app" + suffix();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("name", "嵌入应用", "packageName", pkg,
                        "operator", Map.of("name", "北京豆网科技有限公司", "creditCode", OPERATOR)))
                .put("/api/apps/" + pkg).then().statusCode(200);
        return pkg;
    }

    /** Reports that version 1.0 of the app embeds the SDK's given version. */
    public static void embeds(String pkg, String code, String version) {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("appVersion", "1.0", "sdks", List.of(Map.of("sdk", code, "version", version))))
                .put("/api/apps/" + pkg + "/sdks").then().statusCode(200);
    }
}
