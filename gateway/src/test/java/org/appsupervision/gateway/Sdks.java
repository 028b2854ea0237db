package org.appsupervision.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stand-in notice-service's SDK registry: one SDK (umeng-analytics) embedded by 豆瓣 in version 9.6.3; writes are
 * recorded (method, path, body) and answer as the service would, a registration of the code "clash" with the
 * prefix-overlap problem and a follow-up of version "0.0.1" with no embedding apps.
 */
public final class Sdks {

    public static final String CODE = "umeng-analytics";
    public static final String PACKAGE = "com.douban.frodo";
    public static final String DRAFT_ID = "5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f61";
    /** The writes the stand-in received, as "METHOD path body". */
    public static final List<String> WRITES = new CopyOnWriteArrayList<>();

    private Sdks() {
    }

    static boolean answers(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (!path.startsWith("/api/sdks") && !path.equals("/api/apps/" + PACKAGE + "/sdks")) {
            return false;
        }
        if (request.method() != HttpMethod.GET) {
            WRITES.add(request.method() + " " + path + " " + body);
            if (path.equals("/api/sdks") && body.toString().contains("\"clash\"")) {
                problem(request, 409, "/problems/sdk-prefix-overlap", "SDK包名前缀与其他SDK的前缀重叠 / The package "
                        + "prefix overlaps another SDK's", "Prefix com.umeng of SDK clash overlaps prefix com.umeng of SDK "
                        + CODE);
            } else if (path.endsWith("/follow-up-drafts") && body.toString().contains("0.0.1")) {
                problem(request, 409, "/problems/no-embedding-apps", "没有已知嵌入该SDK所选版本的应用 / No app is "
                        + "known to embed these SDK versions", "No app is known to embed SDK " + CODE);
            } else if (path.endsWith("/follow-up-drafts")) {
                json(request, 201, new JsonObject().put("id", DRAFT_ID).put("kind", "RECTIFICATION")
                        .put("status", "DRAFT"));
            } else {
                json(request, 201, new JsonObject(body.toString()).put("active", true).put("appCount", 0));
            }
            return true;
        }
        if (path.equals("/api/sdks")) {
            json(request, 200, new JsonObject().put("items", new JsonArray().add(sdk())));
        } else if (path.equals("/api/sdks/" + CODE)) {
            json(request, 200, sdk());
        } else if (path.equals("/api/sdks/" + CODE + "/apps")) {
            json(request, 200, new JsonObject().put("items", new JsonArray().add(new JsonObject()
                    .put("packageName", PACKAGE).put("appName", "豆瓣").put("operatorName", "北京豆网科技有限公司")
                    .put("operatorCreditCode", "91110108551385082Q").put("sdkVersions", new JsonArray().add("9.6.3"))
                    .put("appVersions", new JsonArray().add("7.18.0")).put("lastSeen", "2021-10-15T01:30:00Z"))));
        } else if (path.equals("/api/apps/" + PACKAGE + "/sdks")) {
            json(request, 200, new JsonObject().put("items", new JsonArray().add(new JsonObject().put("code", CODE)
                    .put("nameZh", "友盟+统计SDK").put("nameEn", "Umeng+ Analytics SDK")
                    .put("providerName", "友盟同欣（北京）科技有限公司").put("versions", new JsonArray().add("9.6.3"))
                    .put("appVersions", new JsonArray().add("7.18.0")).put("lastSeen", "2021-10-15T01:30:00Z"))));
        } else {
            problem(request, 404, "/problems/not-found", "未找到 / Not found", "SDK does not exist");
        }
        return true;
    }

    private static JsonObject sdk() {
        return new JsonObject().put("code", CODE).put("nameZh", "友盟+统计SDK").put("nameEn", "Umeng+ Analytics SDK")
                .put("providerName", "友盟同欣（北京）科技有限公司").put("providerCreditCode", "91110108MA0DKU0015")
                .put("providerProvinceCode", "11").put("active", true)
                .put("packagePrefixes", new JsonArray().add("com.umeng")).put("signatures", new JsonArray())
                .put("versions", new JsonArray().add("9.6.3").add("9.6.5")).put("appCount", 1);
    }

    private static void problem(HttpServerRequest request, int status, String type, String title, String detail) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", type).put("title", title).put("status", status).put("detail", detail)
                        .encode());
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
