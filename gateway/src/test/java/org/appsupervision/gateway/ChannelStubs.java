package org.appsupervision.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What appstore-service answers about its channels in the portal's tests: an app store and a handset maker in the
 * registry, their scorecards (for the dashboard, and for the scorecards page of 2025), the maker's preinstallations
 * on two model lines, the makers preinstalling an app, a takedown notice's orders at both kinds of channel, and the
 * takedown target (the deployment's 72 hours; a change answers the target as set).
 */
public final class ChannelStubs {

    public static final String STORE = "chan-store";
    public static final String MAKER = "chan-honor";
    public static final String NOTICE_ID = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98";
    /** An app the maker preinstalls. */
    public static final String PREINSTALLED = "com.chan.preinstalled";
    /** An app whose preinstallations appstore-service fails to tell. */
    public static final String BROKEN = "com.chan.broken";
    /** The scorecards page's period that has figures ({@code from=2025-01-01}, midnight in China). */
    public static final String FROM_WITH_FIGURES = "2024-12-31T16:00:00Z";

    private ChannelStubs() {
    }

    private static JsonObject store() {
        return new JsonObject().put("code", STORE).put("nameZh", "渠道测试商店").put("nameEn", "Channel test store")
                .put("company", "渠道测试商店有限公司").put("kind", "APP_STORE").put("active", true);
    }

    private static JsonObject maker() {
        return new JsonObject().put("code", MAKER).put("nameZh", "荣耀（测试）").put("nameEn", "Honor (test)")
                .put("company", "荣耀终端股份有限公司").put("kind", "HANDSET_MAKER").put("active", true);
    }

    private static JsonObject card(JsonObject channel, long received, long onTime) {
        return new JsonObject().put("storeCode", channel.getString("code")).put("storeNameZh", channel.getString("nameZh"))
                .put("kind", channel.getString("kind")).put("received", received).put("confirmed", onTime)
                .put("confirmedOnTime", onTime).put("overdueNow", received - onTime)
                .put("objections", new JsonObject().put("raised", 0).put("accepted", 0).put("rejected", 0)
                        .put("awaitingDecision", 0))
                .put("proactiveRemovals", 0);
    }

    /** The last registration the portal sent ({@code POST /api/stores} with a token). */
    public static final java.util.concurrent.atomic.AtomicReference<JsonObject> LAST_REGISTRATION =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** appstore-service's channel paths; false when the request is not one of them. */
    public static boolean appstore(HttpServerRequest request) {
        String path = request.path();
        String kind = request.getParam("kind");
        if (path.equals("/api/stores") && request.method().name().equals("POST")) {
            if (request.getHeader("Authorization") == null) {
                return false;
            }
            request.body().onSuccess(body -> register(request, body.toJsonObject()));
        } else if (path.equals("/api/stores")) {
            json(request, ofKind(new JsonArray().add(store()).add(maker()), kind, "kind").encode());
        } else if (path.equals("/api/stores/scorecards")) {
            boolean figures = request.getParam("to") == null || FROM_WITH_FIGURES.equals(request.getParam("from"));
            JsonArray cards = figures ? new JsonArray().add(card(store(), 10, 9)).add(card(maker(), 4, 3)) : new JsonArray();
            json(request, ofKind(cards, kind, "kind").encode());
        } else if (path.equals("/api/stores/" + STORE)) {
            json(request, store().encode());
        } else if (path.equals("/api/stores/" + MAKER)) {
            json(request, maker().encode());
        } else if (path.equals("/api/stores/" + MAKER + "/preinstallations")) {
            json(request, new JsonObject().put("items", new JsonArray()
                    .add(new JsonObject().put("modelLine", "Magic6").put("updatedAt", "2026-03-01T02:00:00Z")
                            .put("apps", new JsonArray().add(app(PREINSTALLED, "预置测试应用")).add(app("com.chan.weather", "天气"))))
                    .add(new JsonObject().put("modelLine", "X50").put("updatedAt", "2026-03-02T02:00:00Z")
                            .put("apps", new JsonArray().add(app(PREINSTALLED, "预置测试应用"))))).encode());
        } else if (path.equals("/api/stores/" + STORE + "/preinstallations")) {
            request.response().setStatusCode(409).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("type", "/problems/channel-kind").put("status", 409)
                            .put("title", "该渠道类型不支持此操作 / This channel kind does not take this operation").encode());
        } else if (path.equals("/api/preinstallations")) {
            String packageName = request.getParam("packageName");
            if (BROKEN.equals(packageName)) {
                request.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"/problems/internal\",\"status\":500}");
                return true;
            }
            JsonArray items = new JsonArray();
            if (PREINSTALLED.equals(packageName)) {
                items.add(new JsonObject().put("storeCode", MAKER).put("nameZh", "荣耀（测试）").put("nameEn", "Honor (test)")
                        .put("modelLines", new JsonArray().add("Magic6").add("X50")));
            }
            json(request, new JsonObject().put("items", items).encode());
        } else if (path.equals("/api/service-level")) {
            boolean set = request.method().name().equals("PUT");
            JsonObject level = new JsonObject().put("takedownTarget", "PT72H").put("takedownTargetSeconds", 259200)
                    .put("source", set ? "SET" : "CONFIGURED");
            json(request, (set ? level.put("changedBy", "admin").put("changedAt", "2026-03-01T02:00:00Z")
                    .put("reason", "stub") : level).encode());
        } else if (path.equals("/api/orders") && NOTICE_ID.equals(request.getParam("noticeId"))) {
            String item = "1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";
            json(request, new JsonArray()
                    .add(order(item, STORE, "APP_STORE", "PENDING").put("requiredAction", "REMOVE_LISTING"))
                    .add(order(item, MAKER, "HANDSET_MAKER", "ACKNOWLEDGED").put("requiredAction", "REMOVE_PREINSTALLATION")
                            .put("modelLines", new JsonArray().add("Magic6").add("X50")))
                    .encode());
        } else {
            return false;
        }
        return true;
    }

    /** Registers a channel as appstore-service would, refusing a province code that is not two digits. */
    private static void register(HttpServerRequest request, JsonObject body) {
        LAST_REGISTRATION.set(body);
        if (!body.getString("provinceCode", "").matches("\\d{2}")) {
            request.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("type", "/problems/validation").put("status", 400)
                            .put("title", "请求内容无效 / Invalid request")
                            .put("errors", new JsonArray().add(new JsonObject().put("field", "provinceCode")
                                    .put("message", "must be a two-digit GB/T 2260 province code"))).encode());
            return;
        }
        request.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                .putHeader("Location", "/api/stores/" + body.getString("code")).end(body.encode());
    }

    private static JsonObject order(String item, String channel, String channelKind, String status) {
        return new JsonObject().put("id", java.util.UUID.randomUUID().toString()).put("itemId", item)
                .put("noticeId", NOTICE_ID).put("appName", "预置测试应用").put("packageName", PREINSTALLED)
                .put("operatorName", "渠道测试科技有限公司").put("storeCode", channel).put("channelKind", channelKind)
                .put("kind", "TAKEDOWN").put("status", status).put("overdue", false)
                .put("deadline", "2026-03-03T02:00:00Z");
    }

    private static JsonObject app(String packageName, String appName) {
        return new JsonObject().put("packageName", packageName).put("appName", appName);
    }

    private static JsonArray ofKind(JsonArray rows, String kind, String field) {
        if (kind == null) {
            return rows;
        }
        JsonArray kept = new JsonArray();
        rows.stream().map(JsonObject.class::cast).filter(r -> kind.equals(r.getString(field))).forEach(kept::add);
        return kept;
    }

    private static void json(HttpServerRequest request, String body) {
        request.response().putHeader("Content-Type", "application/json").end(body);
    }
}
