package org.appsupervision.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stand-in notice-service's notices for the draft page: a takedown draft whose item warns about a deactivated
 * store and a store that has taken the app down already, which may be withdrawn, and a published notice, which may
 * not (409).
 */
public final class DraftNotices {

    public static final String DRAFT_ID = "3f1d2c4b-5a69-4788-9a0b-1c2d3e4f5a6b";
    public static final String PUBLISHED_ID = "4a2e3d5c-6b7a-4899-8b1c-2d3e4f5a6b7c";
    /** A rectification draft naming an app and a third-party SDK. */
    public static final String SDK_DRAFT_ID = "6c4a5f7e-8d9c-4abb-8d3e-4f5a6b7c8d9e";
    /** The same rectification notice as {@link #SDK_DRAFT_ID}, published; its SDK item is {@link #SDK_ITEM_ID}. */
    public static final String SDK_PUBLISHED_ID = "6c4a5f7e-8d9c-4abb-8d3e-4f5a6b7c8daa";
    public static final String SDK_ITEM_ID = "7d5b6a8f-9e0d-4bcc-9e4f-5a6b7c8d9e0f";
    /** The last withdrawal body received. */
    public static final AtomicReference<String> WITHDRAWAL = new AtomicReference<>();

    private DraftNotices() {
    }

    static boolean answers(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (path.equals("/api/notices/" + DRAFT_ID) && request.method() == HttpMethod.GET) {
            json(request, 200, notice(DRAFT_ID, "DRAFT"));
            return true;
        }
        boolean sdkDraft = path.equals("/api/notices/" + SDK_DRAFT_ID);
        if ((sdkDraft || path.equals("/api/notices/" + SDK_PUBLISHED_ID)) && request.method() == HttpMethod.GET) {
            JsonObject notice = notice(sdkDraft ? SDK_DRAFT_ID : SDK_PUBLISHED_ID, sdkDraft ? "DRAFT" : "PUBLISHED")
                    .put("kind", "RECTIFICATION")
                    .put("title", "关于侵害用户权益行为的APP及第三方SDK通报");
            notice.getJsonArray("items").add(new JsonObject().put("seq", 2).put("itemId", SDK_ITEM_ID)
                    .put("subject", "SDK").put("problems", new JsonArray().add("collect-beyond-scope"))
                    .put("stores", new JsonArray()).put("refusedRectification", false)
                    .put("sdk", new JsonObject().put("code", "umeng-analytics").put("nameZh", "友盟+统计SDK")
                            .put("nameEn", "Umeng+ analytics SDK").put("providerName", "北京锐讯灵通科技有限公司")
                            .put("providerCreditCode", "91110000802100433B")
                            .put("versions", new JsonArray().add("9.6.1").add("9.6.3"))));
            json(request, 200, notice);
            return true;
        }
        if (path.equals("/api/notices/" + PUBLISHED_ID) && request.method() == HttpMethod.GET) {
            json(request, 200, notice(PUBLISHED_ID, "PUBLISHED"));
            return true;
        }
        if (path.equals("/api/notices/" + DRAFT_ID + "/withdrawal") && request.method() == HttpMethod.POST) {
            WITHDRAWAL.set(body.toString());
            json(request, 200, notice(DRAFT_ID, "WITHDRAWN").put("withdrawal", new JsonObject()
                    .put("reason", body.toJsonObject().getString("reason")).put("withdrawnBy", "wang.official")
                    .put("withdrawnAt", "2021-12-01T02:00:00Z")));
            return true;
        }
        if (path.equals("/api/notices/" + PUBLISHED_ID + "/withdrawal") && request.method() == HttpMethod.POST) {
            request.response().setStatusCode(409).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("type", "/problems/conflict").put("status", 409)
                            .put("title", "与当前状态冲突 / Conflicts with the current state")
                            .put("detail", "Notice " + PUBLISHED_ID + " is published; a published notice is withdrawn "
                                    + "only by a later published notice that names it (withdrawsNoticeId)").encode());
            return true;
        }
        return false;
    }

    private static JsonObject notice(String id, String status) {
        JsonObject item = new JsonObject().put("seq", 1).put("itemId", "5b3f4e6d-7c8b-49aa-9c2d-3e4f5a6b7c8d")
                .put("appName", "豆瓣").put("packageName", "com.douban.frodo").put("version", "7.18.0")
                .put("operator", new JsonObject().put("name", "北京豆网科技有限公司").put("creditCode", "91110108551385082Q")
                        .put("provinceCode", "11"))
                .put("problems", new JsonArray().add("collect-beyond-scope"))
                .put("stores", new JsonArray().add("huawei").add("closed-store").add("xiaomi"))
                .put("refusedRectification", true)
                .put("unknownStores", new JsonArray())
                .put("inactiveStores", new JsonArray().add("closed-store"))
                .put("alreadyTakenDownBy", new JsonArray().add("huawei"));
        return new JsonObject().put("id", id).put("kind", "TAKEDOWN").put("title", "关于下架侵害用户权益APP名单的通报")
                .put("status", status).put("draftedBy", "wang.official").put("editedBy", new JsonArray())
                .put("draftedAt", "2021-12-01T01:00:00Z").put("items", new JsonArray().add(item))
                .put("publishedBy", "PUBLISHED".equals(status) ? "li.approver" : null)
                .put("publishedAt", "PUBLISHED".equals(status) ? "2021-12-09T02:00:00Z" : null);
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
