package org.appsupervision.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.appsupervision.devstack.Ports;
import org.appsupervision.devstack.SigningKeys;

/**
 * Stands in for the three services so the routes can be tested at the gateway alone: notice answers
 * with what it received, appstore is slow, failing (500), unavailable (503) or refusing at its HTTP layer (a bare
 * 431, then closing the connection) on chosen paths, penalty is not
 * running; notice and appstore publish OpenAPI documents whose schemas share names ({@link StubApiDocuments}). Also makes a second ("previous") signing key that the gateway publishes beside its own.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    /** System property naming the PEM file of the previous key. */
    public static final String PREVIOUS_KEY = "stubservices.previous-key";
    public static final AtomicInteger APPSTORE_CALLS = new AtomicInteger();
    private static final java.util.Set<io.vertx.core.http.HttpConnection> REFUSED_CONNECTIONS =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer notice = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (refusesLimit(request)) {
                return;
            }
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(StubApiDocuments.notice());
                return;
            }
            if (OpenDataStubs.answers(request)) {
                return;
            }
            if (request.path().startsWith("/api/public/notices")) {
                PublicNotices.answer(request);
                return;
            }
            if (request.path().equals("/api/public/documents/verification")) {
                // notice-service's verification: a body that says NOTICE-ISSUED is one of its PDFs.
                boolean issued = body.toString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("NOTICE-ISSUED");
                JsonObject answer = new JsonObject().put("issued", issued)
                        .put("verdict", issued ? "Issued by 工业和信息化部信息通信管理局 and unchanged" : "Not a document the suite issued")
                        .put("verdictZh", issued ? "本系统签发的通报文书，内容未被改动" : "不是本系统签发的文书")
                        .put("signatures", new io.vertx.core.json.JsonArray());
                if (issued) {
                    answer.put("document", new JsonObject().put("number", "2021年第11批，总第20批")
                            .put("title", "关于侵害用户权益行为的APP通报").put("issuer", "工业和信息化部信息通信管理局")
                            .put("signer", "CN=工业和信息化部信息通信管理局（演示证书 DEMO）").put("signedAt", "2026-03-02T02:00:00Z")
                            .put("servedOn", "2021-11-03").put("pdfSha256", "ab".repeat(32)));
                }
                request.response().putHeader("Content-Type", "application/json").end(answer.encode());
                return;
            }
            if (Complaints.answers(request, body)) {
                return;
            }
            if (Batches.answers(request, body.length()) || DraftNotices.answers(request, body)
                    || DualLists.answers(request, body) || Rechecks.answers(request, body) || Sdks.answers(request, body)
                    || EnterpriseStubs.notice(request)) {
                return;
            }
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("authorization", request.getHeader("Authorization"))
                    .put("cookie", request.getHeader("Cookie"))
                    .put("expect", request.getHeader("Expect"))
                    .put("idempotencyKey", request.getHeader("Idempotency-Key"))
                    .put("clientAddress", request.getHeader("X-Supervision-Client-Address"))
                    .put("traceparent", request.getHeader("traceparent"))
                    .put("bodyLength", body.length());
            request.response().putHeader("Content-Type", "application/json")
                    .putHeader("Location", "http://" + request.getHeader("Host") + request.path())
                    .putHeader("Server", "stub-notice/1.0").end(echo.encode());
        }));
        HttpServer appstore = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(StubApiDocuments.appstore());
                return;
            }
            if (OpenDataStubs.answers(request)) {
                return;
            }
            APPSTORE_CALLS.incrementAndGet();
            if (refusesLimit(request)) {
                return;
            } else if (REFUSED_CONNECTIONS.contains(request.connection())) {
                // Vert.x closes a connection after a refusal of its HTTP layer: here at once when it is used again.
                request.connection().close();
            } else if (EnterpriseStubs.appstore(request) || ChannelStubs.appstore(request)) {
                return;
            } else if (request.path().startsWith("/api/orders/refused")) {
                // What Vert.x answers a request its decoder refused: a bare status, no "Connection: close".
                REFUSED_CONNECTIONS.add(request.connection());
                request.response().setStatusCode(431).end();
            } else if (request.path().startsWith("/api/orders/slow")) {
                vertx.setTimer(4000, t -> request.response().end("late"));
            } else if (request.path().startsWith("/api/orders/unavailable")) {
                request.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"/problems/unavailable\",\"status\":503,\"detail\":\"stub is overloaded\"}");
            } else if (request.path().startsWith("/api/orders/broken")) {
                request.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"/problems/internal\",\"status\":500}");
            } else {
                request.response().putHeader("Content-Type", "application/json").end("[]");
            }
        });
        int noticePort = listen(notice);
        int appstorePort = listen(appstore);
        int penaltyPort = Ports.free();
        Path previousKey = SigningKeys.ensure(previousKeyDir());
        System.setProperty(PREVIOUS_KEY, previousKey.toString());
        return Map.of(
                "gateway.routes.notice", "http://127.0.0.1:" + noticePort,
                "gateway.routes.appstore", "http://127.0.0.1:" + appstorePort,
                "gateway.routes.penalty", "http://127.0.0.1:" + penaltyPort,
                "gateway.routes.request-timeout", "PT1.5S",
                "gateway.routes.max-body-bytes", "4096",
                "gateway.jwt.published-key-locations", previousKey.toString());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    /**
     * Answers as the services' paging does (platform {@code PageRequest}) when a list is asked for more rows than a
     * page may hold, so a portal page that asks for more fails its tests here and not first in the packaged suite.
     */
    private static boolean refusesLimit(io.vertx.core.http.HttpServerRequest request) {
        String limit = request.getParam("limit");
        if (limit == null || !limit.matches("\\d{1,9}")
                || Integer.parseInt(limit) <= org.appsupervision.platform.paging.PageRequest.MAX_LIMIT) {
            return false;
        }
        request.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"/problems/validation\",\"title\":\"请求内容无效 / Invalid request\",\"status\":400,"
                        + "\"detail\":\"The query parameter 'limit' is out of range\","
                        + "\"errors\":[{\"field\":\"limit\",\"message\":\"must be between 1 and 1000\"}]}");
        return true;
    }

    private static Path previousKeyDir() {
        try {
            return Files.createTempDirectory("gateway-previous-key");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int listen(HttpServer server) {
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join().actualPort();
    }

}
