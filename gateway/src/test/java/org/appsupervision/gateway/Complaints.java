package org.appsupervision.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stand-in notice-service's complaints: the form's choices, filing (a description saying 坏 is refused with a
 * field error), one tracking number's status, the queue with one complaint and its triage. Keeps the last complaint
 * filed and the last triage action, with the client address the gateway passed on.
 */
public final class Complaints {

    public static final String NUMBER = "TS-2026-ABCDEFGHJK";
    public static final String ID = "2b7c9e4a-1f3d-4c5b-9a8e-7d6c5b4a3f21";
    public static final AtomicReference<JsonObject> LAST_FILED = new AtomicReference<>();
    public static final AtomicReference<String> LAST_ADDRESS = new AtomicReference<>();
    public static final AtomicReference<String> LAST_ACTION = new AtomicReference<>();

    private Complaints() {
    }

    /** Whether the request was a complaint request (and is answered). */
    public static boolean answers(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (path.equals("/api/public/complaints/options")) {
            json(request, 200, new JsonObject()
                    .put("problems", new JsonArray().add(new JsonObject().put("code", "collect-beyond-scope")
                            .put("labelZh", "超范围收集个人信息").put("labelEn", "Collecting beyond scope")))
                    .put("stores", new JsonArray().add(new JsonObject().put("code", "huawei")
                            .put("labelZh", "华为应用市场").put("labelEn", "Huawei AppGallery"))));
            return true;
        }
        if (path.equals("/api/public/complaints") && request.method().name().equals("POST")) {
            JsonObject complaint = new JsonObject(body);
            LAST_FILED.set(complaint);
            LAST_ADDRESS.set(request.getHeader("X-Supervision-Client-Address"));
            if (complaint.getString("description", "").contains("坏")) {
                request.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"/problems/validation\",\"title\":\"请求内容无效 / Invalid request\","
                                + "\"status\":400,\"errors\":[{\"field\":\"contact.phone\",\"message\":\"不是手机号码\"},"
                                + "{\"field\":\"screenshots[1]\",\"message\":\"is neither a PNG nor a JPEG image\"}]}");
                return true;
            }
            json(request, 201, new JsonObject().put("trackingNumber", NUMBER).put("status", "RECEIVED")
                    .put("duplicate", false).put("statusUrl", "/api/public/complaints/" + NUMBER)
                    .put("pageUrl", "/complaints/" + NUMBER));
            return true;
        }
        if (path.startsWith("/api/public/complaints/")) {
            if (!path.endsWith(NUMBER)) {
                request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"/problems/not-found\",\"status\":404}");
                return true;
            }
            json(request, 200, new JsonObject().put("trackingNumber", NUMBER).put("status", "REJECTED")
                    .put("appName", "投诉应用").put("packageName", "com.example.complained")
                    .put("problems", new JsonArray().add("collect-beyond-scope"))
                    .put("progress", new JsonArray().add(new JsonObject().put("status", "RECEIVED")
                            .put("at", "2026-12-07T02:00:00Z")).add(new JsonObject().put("status", "REJECTED")
                            .put("at", "2026-12-08T02:00:00Z")))
                    .put("rejectionReason", "不属于侵害用户权益").put("mergedInto", null));
            return true;
        }
        if (path.equals("/api/complaints")) {
            json(request, 200, new JsonArray().add(complaint(false)));
            return true;
        }
        if (path.equals("/api/complaints/" + ID)) {
            json(request, 200, complaint(true));
            return true;
        }
        if (path.equals("/api/complaints/" + ID + "/screenshots/1")) {
            request.response().putHeader("Content-Type", "image/png").end(Buffer.buffer(java.util.Base64.getDecoder()
                    .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")));
            return true;
        }
        if (path.startsWith("/api/complaints/" + ID + "/")) {
            LAST_ACTION.set(path.substring(path.lastIndexOf('/') + 1) + " " + body);
            json(request, path.endsWith("/finding") ? 201 : 200, complaint(true));
            return true;
        }
        return false;
    }

    private static JsonObject complaint(boolean withContact) {
        return new JsonObject().put("id", ID).put("trackingNumber", NUMBER).put("appName", "投诉应用")
                .put("packageName", "com.example.complained").put("store", "huawei")
                .put("problems", new JsonArray().add("collect-beyond-scope")).put("description", "首次打开就读取通讯录")
                .put("status", "RECEIVED").put("receivedAt", "2026-12-07T02:00:00Z").put("repeats", 2)
                .put("screenshotCount", 1).put("contactErased", false)
                .put("contact", withContact ? new JsonObject().put("name", "张三").put("phone", "13800138000") : null);
    }

    private static void json(HttpServerRequest request, int status, Object body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
    }
}
