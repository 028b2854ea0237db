package org.appsupervision.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stand-in notice-service's rectification reports, agency tasks and re-checks: one report, one open task with a
 * report evidence file, the assignment rule; writes are recorded (method, path, content type, body size) and answer
 * as the service would, a report after the deadline (fixed version "late") with its 409 problem.
 */
public final class Rechecks {

    public static final String ITEM_ID = "7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    public static final String REPORT_ID = "2b4c6d8e-0f1a-4b3c-8d5e-6f7a8b9c0d1e";
    public static final String TASK_ID = "8e7d6c5b-4a39-4281-9f0e-d1c2b3a4f5e6";
    public static final String EVIDENCE_ID = "4f3e2d1c-0b9a-4877-8665-544332211000";
    /** An open task an official opened for an SDK item: no report, the SDK and its provider instead of an app. */
    public static final String SDK_TASK_ID = "9f8e7d6c-5b4a-4392-8a1f-e2d3c4b5a6f7";
    /** The item an opening is refused for (409, as the service answers an app item with a report). */
    public static final String REPORTED_ITEM_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    /** The writes the stand-in received, as "METHOD path contentType bodyLength". */
    public static final List<String> WRITES = new CopyOnWriteArrayList<>();

    private Rechecks() {
    }

    static boolean answers(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (!path.startsWith("/api/enterprise/rectification-reports") && !path.startsWith("/api/agency/")
                && !path.startsWith("/api/rechecks") && !path.startsWith("/api/agencies")
                && !path.matches("/api/notices/[^/]+/items/[^/]+/rectification")) {
            return false;
        }
        if (request.method() != HttpMethod.GET) {
            WRITES.add(request.method() + " " + path + " " + request.getHeader("Content-Type") + " " + body.length());
            if (path.endsWith("/rectification-reports") && body.toString().contains("\"late\"")) {
                request.response().setStatusCode(409).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"/problems/deadline-passed\",\"title\":\"整改期限已过，不能再提交整改报告 / The "
                                + "rectification deadline has passed: no more reports\",\"status\":409,\"detail\":\"deadline 2021-11-09\"}");
                return true;
            }
            if (path.equals("/api/rechecks")) {
                if (body.toString().contains(REPORTED_ITEM_ID)) {
                    request.response().setStatusCode(409).putHeader("Content-Type", "application/problem+json")
                            .end("{\"type\":\"/problems/conflict\",\"title\":\"冲突 / Conflict\",\"status\":409,"
                                    + "\"detail\":\"Item has a rectification report of its enterprise\"}");
                } else {
                    json(request, 201, sdkTask());
                }
                return true;
            }
            if (path.endsWith("/rectification")) {
                request.response().setStatusCode(204).end();
                return true;
            }
            json(request, path.endsWith("/evidence") || path.endsWith("/rectification-reports") ? 201 : 200,
                    path.endsWith("/evidence") ? evidence() : path.contains("rectification-reports") ? report() : task("COMPLETED"));
            return true;
        }
        if (path.equals("/api/enterprise/rectification-reports")) {
            json(request, 200, new JsonArray().add(report()));
        } else if (path.equals("/api/agency/tasks") || path.equals("/api/rechecks")) {
            json(request, 200, new JsonArray().add(task("OPEN")).add(sdkTask()));
        } else if (path.equals("/api/agency/tasks/" + TASK_ID) || path.equals("/api/rechecks/" + TASK_ID)) {
            json(request, 200, task("OPEN"));
        } else if (path.equals("/api/agency/tasks/" + SDK_TASK_ID) || path.equals("/api/rechecks/" + SDK_TASK_ID)) {
            json(request, 200, sdkTask());
        } else if (path.equals("/api/agency/tasks/" + TASK_ID + "/evidence/" + EVIDENCE_ID)) {
            request.response().putHeader("Content-Type", "application/pdf")
                    .putHeader("Content-Disposition", "attachment; filename*=UTF-8''report.pdf").end("%PDF-1.4 stub");
        } else if (path.equals("/api/rechecks/assignment-rule")) {
            json(request, 200, new JsonObject().put("rule", "ROUND_ROBIN").put("setBy", "wang.official"));
        } else if (path.equals("/api/agencies")) {
            json(request, 200, new JsonArray().add(new JsonObject().put("creditCode", "91110108MA0CHKP01U")
                    .put("name", "中国信息通信研究院（演示）").put("active", true)));
        } else {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"/problems/not-found\",\"status\":404}");
        }
        return true;
    }

    private static JsonObject evidence() {
        return new JsonObject().put("id", EVIDENCE_ID).put("fileName", "整改说明.pdf").put("mediaType", "application/pdf")
                .put("sizeBytes", 13).put("sha256", "ab".repeat(32));
    }

    private static JsonObject report() {
        return new JsonObject().put("id", REPORT_ID).put("status", "SUBMITTED").put("fixedVersion", "7.19.0")
                .put("changes", "关闭首次启动读取通讯录").put("submittedAt", "2021-11-05T03:01:00Z")
                .put("item", new JsonObject().put("itemId", ITEM_ID).put("appName", "豆瓣")
                        .put("packageName", "com.douban.frodo").put("deadline", "2021-11-09").put("rectificationStatus", "PENDING"))
                .put("evidence", new JsonArray().add(evidence()))
                .put("recheck", new JsonObject().put("taskId", TASK_ID).put("agencyName", "中国信息通信研究院（演示）")
                        .put("status", "OPEN"));
    }

    private static JsonObject task(String status) {
        return new JsonObject().put("id", TASK_ID).put("status", status).put("agencyCode", "91110108MA0CHKP01U")
                .put("agencyName", "中国信息通信研究院（演示）").put("assignedBy", "rule:ROUND_ROBIN")
                .put("assignmentReason", "round-robin over the active agencies").put("assignedAt", "2021-11-05T03:01:00Z")
                .put("item", new JsonObject().put("itemId", ITEM_ID).put("appName", "豆瓣").put("packageName", "com.douban.frodo")
                        .put("operatorCreditCode", "91110108551385082Q").put("deadline", "2021-11-09"))
                .put("report", new JsonObject().put("id", REPORT_ID).put("fixedVersion", "7.19.0")
                        .put("changes", "关闭首次启动读取通讯录").put("reportHash", "cd".repeat(32))
                        .put("evidence", new JsonArray().add(evidence())))
                .put("result", new JsonObject().put("outcome", status.equals("OPEN") ? null : "RECTIFIED")
                        .put("evidence", new JsonArray()));
    }

    private static JsonObject sdkTask() {
        return new JsonObject().put("id", SDK_TASK_ID).put("status", "OPEN").put("agencyCode", "91110108MA0CHKP01U")
                .put("agencyName", "中国信息通信研究院（演示）").put("assignedBy", "rule:BY_PROVINCE")
                .put("assignmentReason", "by province: serves province 11").put("assignedAt", "2021-11-05T03:01:00Z")
                .put("openedBy", "wang.official").putNull("report")
                .put("item", new JsonObject().put("itemId", DraftNotices.SDK_ITEM_ID).putNull("appName")
                        .putNull("packageName").put("operatorCreditCode", "91110000802100433B")
                        .put("operatorProvinceCode", "11").put("deadline", "2021-11-09").put("subject", "SDK")
                        .put("sdk", new JsonObject().put("code", "umeng-analytics").put("nameZh", "友盟+统计SDK")
                                .put("nameEn", "Umeng+ analytics SDK").put("providerName", "北京锐讯灵通科技有限公司")
                                .put("versions", new JsonArray().add("9.6.1").add("9.6.3"))))
                .put("result", new JsonObject().putNull("outcome").put("evidence", new JsonArray()));
    }

    private static void json(HttpServerRequest request, int status, Object body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(body instanceof JsonArray a ? a.encode() : ((JsonObject) body).encode());
    }
}
