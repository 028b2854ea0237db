package org.appsupervision.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stand-in notice-service's dual lists: 豆瓣 7.18.0 with a published list (location collected, device ids shared
 * with 腾讯广告) and two observed flows, one of them undisclosed; its draft of the next version; the kinds; and the
 * drafts the enterprise pages send, kept for the tests to read (a draft naming 'mood' is refused like the service).
 */
public final class DualLists {

    public static final String PACKAGE = "com.douban.frodo";
    public static final String DRAFT_ID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    public static final String PUBLISHED_ID = "2b4d6f80-1a3c-4e5f-8a7b-9c0d1e2f3a4b";
    public static final List<JsonObject> SENT = new CopyOnWriteArrayList<>();
    public static final List<String> PUBLISHED = new CopyOnWriteArrayList<>();

    private DualLists() {
    }

    static boolean answers(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (path.equals("/api/reference/personal-info-kinds")) {
            json(request, 200, new JsonArray()
                    .add(new JsonObject().put("code", "location").put("labelZh", "位置信息").put("labelEn", "Location"))
                    .add(new JsonObject().put("code", "device-id").put("labelZh", "设备标识符").put("labelEn", "Device identifiers"))
                    .add(new JsonObject().put("code", "contacts").put("labelZh", "通讯录").put("labelEn", "Contacts"))
                    .encode());
            return true;
        }
        if (path.equals("/api/dual-lists/" + PACKAGE) || path.equals("/api/enterprise/dual-lists/apps/" + PACKAGE)) {
            json(request, 200, check(path.startsWith("/api/enterprise")).encode());
            return true;
        }
        if (path.startsWith("/api/dual-lists/") || path.startsWith("/api/enterprise/dual-lists/apps/")) {
            json(request, 404, "{\"type\":\"/problems/not-found\",\"title\":\"未找到 / Not found\",\"status\":404}");
            return true;
        }
        if (path.equals("/api/enterprise/dual-lists/apps")) {
            json(request, 200, new JsonArray().add(new JsonObject().put("packageName", PACKAGE).put("name", "豆瓣")
                    .put("versions", new JsonArray().add(new JsonObject().put("appVersion", "7.18.0")
                            .put("publishedVersion", 1).put("draftId", DRAFT_ID)))).encode());
            return true;
        }
        if (path.equals("/api/enterprise/dual-lists/" + DRAFT_ID) || path.equals("/api/enterprise/dual-lists/" + PUBLISHED_ID)) {
            json(request, 200, list(path.endsWith(DRAFT_ID)).encode());
            return true;
        }
        if (path.equals("/api/enterprise/dual-lists/drafts") && request.method() == HttpMethod.PUT) {
            JsonObject draft = body.toJsonObject();
            if (draft.encode().contains("\"mood\"")) {
                json(request, 400, "{\"type\":\"/problems/validation\",\"title\":\"请求内容无效 / Invalid request\","
                        + "\"status\":400,\"errors\":[{\"field\":\"collected[0].kind\",\"message\":\"is not a kind of personal information\"}]}");
                return true;
            }
            SENT.add(draft);
            json(request, 200, list(true).encode());
            return true;
        }
        if (path.equals("/api/enterprise/dual-lists/" + DRAFT_ID + "/publication")) {
            PUBLISHED.add(DRAFT_ID);
            json(request, 200, list(false).encode());
            return true;
        }
        return false;
    }

    private static JsonObject list(boolean draft) {
        return new JsonObject().put("id", draft ? DRAFT_ID : PUBLISHED_ID).put("packageName", PACKAGE).put("appName", "豆瓣")
                .put("appVersion", "7.18.0").put("version", draft ? 2 : 1).put("status", draft ? "DRAFT" : "PUBLISHED")
                .put("publishedAt", draft ? null : "2021-11-05T03:00:00Z")
                .put("collected", new JsonArray().add(new JsonObject().put("kind", "location").put("purpose", "推荐同城活动")
                        .put("scenario", "打开同城页面时")))
                .put("shared", new JsonArray().add(new JsonObject().put("recipient", "腾讯广告").put("kind", "device-id")
                        .put("purpose", "广告投放").put("scenario", "展示广告时").put("method", "SDK")));
    }

    private static JsonObject check(boolean enterprise) {
        JsonArray flows = new JsonArray()
                .add(flow("SHARED", "device-id", "腾讯广告", true, null))
                .add(flow("COLLECTED", "contacts", null, false, "not declared"));
        JsonObject check = new JsonObject().put("packageName", PACKAGE).put("appName", "豆瓣")
                .put("operator", new JsonObject().put("creditCode", "91110105N38RG8QLT1").put("name", "北京豆网科技有限公司")
                        .put("provinceCode", "11"))
                .put("versions", new JsonArray().add(new JsonObject().put("appVersion", "7.18.0").put("list", list(false))
                        .put("flows", flows).put("undisclosedCount", 1)));
        if (enterprise) {
            check.put("history", new JsonArray()
                    .add(new JsonObject().put("id", PUBLISHED_ID).put("appVersion", "7.18.0").put("version", 1)
                            .put("status", "PUBLISHED").put("collectedCount", 1).put("sharedCount", 1)
                            .put("publishedAt", "2021-11-05T03:00:00Z"))
                    .add(new JsonObject().put("id", DRAFT_ID).put("appVersion", "7.18.0").put("version", 2)
                            .put("status", "DRAFT").put("collectedCount", 1).put("sharedCount", 1)));
        }
        return check;
    }

    private static JsonObject flow(String activity, String kind, String recipient, boolean disclosed, String reason) {
        return new JsonObject().put("findingId", 1099511627777L).put("detectedAt", "2021-10-15T01:30:00Z")
                .put("activity", activity).put("kind", kind).put("recipient", recipient).put("disclosed", disclosed)
                .put("reason", reason);
    }

    private static void json(HttpServerRequest request, int status, String body) {
        request.response().setStatusCode(status)
                .putHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").end(body);
    }
}
