package org.appsupervision.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The stand-in notice-service's batches: a list of two pages (one batch on each), one batch without findings, and
 * imports into it that are running on the first look and rejected with two bad lines on the next; and a list of apps
 * of two pages, to follow through the gateway.
 */
public final class Batches {

    public static final String BATCH_ID = "0b9c3e1a-7f21-4d2a-9a55-5e6f7a8b9c0d";
    public static final String SECOND_BATCH_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    public static final String JOB_ID = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";

    private static final java.util.concurrent.atomic.AtomicInteger LOOKS = new java.util.concurrent.atomic.AtomicInteger();

    private Batches() {
    }

    static boolean answers(HttpServerRequest request, int bodyLength) {
        String path = request.path();
        if (path.equals("/api/batches/" + BATCH_ID)) {
            json(request, 200, batch(BATCH_ID, "2021年第1批检测"));
            return true;
        }
        if (path.equals("/api/batches") && request.method() == HttpMethod.GET) {
            // Two pages, the first with a Link rel="next" as the services write it.
            boolean first = request.getParam("after") == null;
            if (first) {
                request.response().putHeader("Link", "</api/batches?limit=" + request.getParam("limit")
                        + "&after=second>; rel=\"next\"");
            }
            request.response().putHeader("Content-Type", "application/json").end(new JsonArray().add(batch(
                    first ? BATCH_ID : SECOND_BATCH_ID, first ? "2021年第1批检测" : "2021年第2批检测")).encode());
            return true;
        }
        if (path.equals("/api/findings") && request.method() == HttpMethod.GET && request.getParam("after") != null
                && !request.getParam("after").equals("second")) {
            request.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"/problems/validation\",\"status\":400,\"errors\":[{\"field\":\"after\"}]}");
            return true;
        }
        if (path.equals("/api/apps") && request.method() == HttpMethod.GET) {
            // A list of two pages whose next link keeps the query; absolute=yes writes it with the service's address.
            boolean first = request.getParam("after") == null;
            if (first) {
                String origin = "yes".equals(request.getParam("absolute")) ? "http://" + request.getHeader("Host") : "";
                request.response().putHeader("Link", "<" + origin + request.uri() + "&after=c1>; rel=\"next\"");
            }
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonArray().add(new JsonObject().put("packageName", first ? "com.a" : "com.b")).encode());
            return true;
        }
        if (path.equals("/api/findings") && request.method() == HttpMethod.GET) {
            request.response().putHeader("Content-Type", "application/json").end("[]");
            return true;
        }
        if (path.equals("/api/findings/imports") && request.method() == HttpMethod.POST) {
            LOOKS.set(0);
            json(request, 202, job("RUNNING", bodyLength > 0 ? 1 : 0));
            return true;
        }
        if (path.equals("/api/findings/imports/" + JOB_ID)) {
            json(request, 200, LOOKS.getAndIncrement() == 0 ? job("RUNNING", 1) : job("REJECTED", 3)
                    .put("errors", new JsonArray()
                            .add(new JsonObject().put("field", "line 2").put("message", "packageName is missing"))
                            .add(new JsonObject().put("field", "line 3").put("message", "problems: unknown code 'x'"))));
            return true;
        }
        return false;
    }

    private static JsonObject batch(String id, String title) {
        return new JsonObject().put("id", id).put("title", title).put("runBy", "MINISTRY")
                .put("runFrom", "2021-11-01").put("runTo", "2021-11-30").put("appsTested", 2000).put("findingCount", 0)
                .put("recordedBy", "wang.official").put("recordedAt", "2021-12-01T02:00:00Z");
    }

    private static JsonObject job(String status, long linesRead) {
        return new JsonObject().put("id", JOB_ID).put("batchId", BATCH_ID).put("format", "CSV").put("status", status)
                .put("phase", "READING").put("linesRead", linesRead).put("linesWritten", 0).put("badLines", 0)
                .put("submittedAt", "2021-12-01T02:00:00Z");
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
