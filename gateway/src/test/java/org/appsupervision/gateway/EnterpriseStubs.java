package org.appsupervision.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the three services answer an enterprise (role operator) in the portal's tests: one app, one notice with one item
 * whose deadline is five days on, its orders at two stores, one case with a served decision; anything else under the
 * enterprise paths is "not found", as the services answer another enterprise's ids.
 */
public final class EnterpriseStubs {

    public static final String NOTICE_ID = "5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60";
    public static final String ITEM_ID = "7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    public static final String PACKAGE = "com.enterprise.demo";
    public static final String CASE_ID = "2b7e3c1d-0a9f-4e8d-9c7b-6a5f4e3d2c1b";
    public static final String DOCUMENT_ID = "8f9e0d1c-2b3a-4c5d-8e7f-6a5b4c3d2e1f";
    public static final String PDF = "%PDF-1.7\nENTERPRISE-DECISION\n%%EOF\n";

    private EnterpriseStubs() {
    }

    private static String inFiveDays() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString();
    }

    /** notice-service's enterprise paths; false when the request is not one of them. */
    public static boolean notice(HttpServerRequest request) {
        String path = request.path();
        if (!path.startsWith("/api/enterprise/")) {
            return false;
        }
        JsonArray problems = new JsonArray().add(new JsonObject().put("code", "collect-beyond-scope")
                .put("labelZh", "超范围收集个人信息").put("labelEn", "Collecting personal information beyond scope"));
        JsonObject app = new JsonObject().put("packageName", PACKAGE).put("name", "企业演示应用")
                .put("operatorName", "深圳市甲科技有限公司").put("operatorCreditCode", "91440300MA5DEMA012")
                .put("versions", new JsonArray().add("2.0")).put("stores", new JsonArray().add("huawei").add("xiaomi"))
                .put("takenDown", false).put("takenDownBy", new JsonArray());
        if (path.equals("/api/enterprise/apps")) {
            json(request, new JsonArray().add(app).encode());
        } else if (path.equals("/api/enterprise/apps/" + PACKAGE)) {
            json(request, new JsonObject().put("app", app).put("findingCount", 1).put("findings", new JsonArray().add(
                    new JsonObject().put("id", 7).put("packageName", PACKAGE).put("appName", "企业演示应用")
                            .put("version", "2.0").put("sourceStore", "huawei").put("problems", problems)
                            .put("evidence", "首次启动读取通讯录").put("detectedAt", "2021-10-15T01:30:00Z")
                            .put("batchFrom", "2021-10-01").put("batchTo", "2021-10-20").put("detectedBy", "MINISTRY")
                            .put("authorityName", "工业和信息化部")))
                    .put("notices", new JsonArray().add(new JsonObject().put("noticeId", NOTICE_ID).put("itemId", ITEM_ID)
                            .put("kind", "RECTIFICATION").put("title", "关于侵害用户权益行为的APP通报（企业测试）")
                            .put("publishedAt", "2026-03-02T02:00:00Z").put("deadline", inFiveDays())
                            .put("rectificationStatus", "PENDING"))).encode());
        } else if (path.equals("/api/enterprise/notices")) {
            json(request, new JsonArray().add(new JsonObject().put("id", NOTICE_ID).put("kind", "RECTIFICATION")
                    .put("title", "关于侵害用户权益行为的APP通报（企业测试）").put("publishedAt", "2026-03-02T02:00:00Z")
                    .put("deadline", inFiveDays()).put("itemCount", 1)).encode());
        } else if (path.equals("/api/enterprise/notices/" + NOTICE_ID)) {
            json(request, new JsonObject().put("id", NOTICE_ID).put("kind", "RECTIFICATION")
                    .put("title", "关于侵害用户权益行为的APP通报（企业测试）").put("publishedAt", "2026-03-02T02:00:00Z")
                    .put("deadline", inFiveDays()).put("appCount", 3).put("imported", false)
                    .put("items", new JsonArray().add(new JsonObject().put("itemId", ITEM_ID)
                            .put("chainId", "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d").put("seq", 2)
                            .put("appName", "企业演示应用").put("packageName", PACKAGE).put("version", "2.0")
                            .put("problems", problems).put("stores", new JsonArray().add("huawei").add("xiaomi"))
                            .put("deadline", inFiveDays()).put("rectification", new JsonObject().put("status", "PENDING"))))
                    .encode());
        } else {
            notFound(request);
        }
        return true;
    }

    /** appstore-service's enterprise orders; false when the request is not for them. */
    public static boolean appstore(HttpServerRequest request) {
        if (!request.path().equals("/api/enterprise-orders")) {
            return false;
        }
        JsonArray orders = new JsonArray()
                .add(order("huawei", "CONFIRMED", false).put("confirmedAt", "2026-03-02T06:00:00Z"))
                .add(order("xiaomi", "PENDING", true));
        json(request, orders.encode());
        return true;
    }

    private static JsonObject order(String store, String status, boolean overdue) {
        return new JsonObject().put("id", java.util.UUID.randomUUID().toString()).put("kind", "TAKEDOWN")
                .put("noticeId", NOTICE_ID).put("itemId", ITEM_ID).put("appName", "企业演示应用").put("packageName", PACKAGE)
                .put("storeCode", store).put("status", status).put("overdue", overdue).put("lifted", false)
                .put("orderedAt", "2026-03-02T02:00:00Z").put("deadline", "2026-03-03T02:00:00Z");
    }

    /**
     * penalty-service's enterprise paths (every other path is "not found"), answered only to a request that carries the
     * viewer's token as the real service requires (the portal's typed client sends it through its headers factory).
     */
    public static void penalty(HttpServerRequest request) {
        String path = request.path();
        if (!String.valueOf(request.getHeader("Authorization")).startsWith("Bearer ey")) {
            request.response().setStatusCode(401).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"/problems/unauthenticated\",\"title\":\"未认证 / Unauthenticated\",\"status\":401}");
            return;
        }
        String base = "/api/penalty/enterprise/cases";
        JsonObject payment = new JsonObject().put("kind", "PAYMENT").put("dueDate", inFiveDays()).put("status", "OPEN");
        if (path.equals(base)) {
            json(request, new JsonArray().add(new JsonObject().put("id", CASE_ID).put("caseNumber", "京通案〔2026〕7号")
                    .put("bureauName", "北京市通信管理局").put("stage", "EXECUTION").put("filedOn", "2026-01-05")
                    .put("nextDeadline", payment)).encode());
        } else if (path.equals(base + "/" + CASE_ID)) {
            json(request, new JsonObject().put("id", CASE_ID).put("caseNumber", "京通案〔2026〕7号")
                    .put("bureauName", "北京市通信管理局").put("stage", "EXECUTION").put("filedOn", "2026-01-05")
                    .put("priorNotice", new JsonObject().put("on", "2026-02-01").put("legalBasis", "PIPL-66")
                            .put("citation", "《中华人民共和国个人信息保护法》第六十六条")
                            .put("penalties", new JsonArray().add(new JsonObject().put("type", "FINE").put("amountCny", 500000))))
                    .put("decision", new JsonObject().put("number", "京通罚〔2026〕7号").put("decidedOn", "2026-02-20")
                            .put("servedOn", "2026-02-22").put("legalBasis", "PIPL-66")
                            .put("citation", "《中华人民共和国个人信息保护法》第六十六条").put("totalFine", 400000)
                            .put("penalties", new JsonArray().add(new JsonObject().put("type", "FINE").put("amountCny", 400000))))
                    .put("deadlines", new JsonArray().add(payment))
                    .put("documents", new JsonArray().add(new JsonObject().put("id", DOCUMENT_ID).put("kind", "DECISION")
                            .put("number", "京通罚〔2026〕7号").put("servedOn", "2026-02-22"))).encode());
        } else if (path.equals(base + "/" + CASE_ID + "/documents/" + DOCUMENT_ID + "/pdf")) {
            request.response().putHeader("Content-Type", "application/pdf").end(Buffer.buffer(PDF));
        } else {
            notFound(request);
        }
    }

    private static void json(HttpServerRequest request, String body) {
        request.response().putHeader("Content-Type", "application/json").end(body);
    }

    private static void notFound(HttpServerRequest request) {
        request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"/problems/not-found\",\"title\":\"未找到 / Not found\",\"status\":404}");
    }
}
