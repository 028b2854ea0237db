package org.appsupervision.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The stand-in notice-service's public notices: one published takedown notice, searchable by app name. */
public final class PublicNotices {

    public static final String NOTICE_ID = "6f1c2b9e-3d1a-4c55-9e2f-0a1b2c3d4e5f";
    public static final String TITLE = "关于下架侵害用户权益APP名单的通报（2021年第1批）";

    private PublicNotices() {
    }

    static void answer(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/api/public/notices")) {
            String app = request.getParam("app");
            boolean matches = app == null || "豆瓣".contains(app) || "com.douban.frodo".contains(app);
            JsonArray items = new JsonArray();
            if (matches) {
                items.add(new JsonObject().put("id", NOTICE_ID).put("kind", "TAKEDOWN").put("title", TITLE)
                        .put("publishedAt", "2021-12-09T02:00:00Z").put("appCount", 1));
            }
            json(request, 200, new JsonObject().put("page", Integer.parseInt(request.getParam("page", "0")))
                    .put("size", 20).put("total", items.size()).put("items", items));
        } else if (path.equals("/api/public/notices/" + NOTICE_ID)) {
            json(request, 200, new JsonObject().put("id", NOTICE_ID).put("kind", "TAKEDOWN").put("title", TITLE)
                    .put("publishedAt", "2021-12-09T02:00:00Z").put("yearlyBatch", 1).put("cumulativeBatch", 1)
                    .put("contentHash", "ab12").put("appCount", 1).put("rows", rows())
                    .put("legalBasis", "《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》")
                    .put("bureauPenaltyInstruction", "针对部分违规情节严重、拒不整改的APP，属地通信管理局应对APP运营主体依法予以行政处罚。")
                    .put("annexes", new JsonArray().add(new JsonObject().put("number", 1).put("label", "附件1")
                            .put("authority", "MINISTRY").put("authorityName", "工业和信息化部")
                            .put("heading", "工业和信息化部下架的应用软件名单").put("appCount", 1).put("rows", rows()))
                            .add(new JsonObject().put("number", 2).put("label", "附件2").put("authority", "14")
                                    .put("authorityName", "山西省通信管理局").put("heading", "山西省通信管理局下架的应用软件名单")
                                    .put("appCount", 0).put("rows", new JsonArray()))));
        } else {
            json(request, 404, new JsonObject().put("type", "/problems/not-found").put("title", "未找到 / Not found")
                    .put("status", 404));
        }
    }

    private static JsonArray rows() {
        return new JsonArray().add(new JsonObject().put("number", 1).put("appName", "豆瓣").put("developer", "北京豆网科技有限公司")
                .put("source", "华为应用市场").put("version", "7.0.1").put("problems", "违规收集个人信息"));
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status)
                .putHeader("Content-Type", status < 300 ? "application/json" : "application/problem+json")
                .end(body.encode());
    }
}
