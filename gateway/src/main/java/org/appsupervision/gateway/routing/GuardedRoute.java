package org.appsupervision.gateway.routing;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.web.GatewayProblems;
import org.appsupervision.gateway.web.RequestIds;
import org.appsupervision.platform.problem.Problem;
import org.jboss.logging.Logger;

/**
 * One service's route: a request timeout, a circuit breaker (SmallRye Fault Tolerance) that opens
 * when the service keeps failing, connection retries for safe methods only, a body size limit,
 * the request id passed on, and a problem document instead of an empty 502 when the service is
 * down or slow.
 */
final class GuardedRoute implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(GuardedRoute.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** A service answer of 5xx: counts as a failure for the circuit, but is passed on as it is. */
    private static final class ServiceFailed extends RuntimeException {
        final transient ProxyResponse response;

        ServiceFailed(ProxyResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    private final String service;
    private final SocketAddress address;
    private final GatewayConfig.Routes settings;
    private final TypedGuard<CompletionStage<ProxyResponse>> guard;

    GuardedRoute(String service, String host, int port, GatewayConfig.Routes settings) {
        this.service = service;
        this.address = SocketAddress.inetSocketAddress(port, host);
        this.settings = settings;
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() {
        }).withDescription("route to " + service)
                .withCircuitBreaker()
                .name("route-" + service)
                .requestVolumeThreshold(settings.circuitWindow())
                .failureRatio(settings.circuitFailureRatio())
                .delay(settings.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .done()
                .withThreadOffload(false)
                .build();
    }

    /** Opens the request to the service; a failed connection is retried only for safe methods. */
    Future<HttpClientRequest> originRequest(ProxyContext ctx) {
        RequestOptions options = new RequestOptions().setServer(address).setHost(address.host())
                .setPort(address.port())
                .setConnectTimeout(settings.connectTimeout().toMillis())
                .setIdleTimeout(settings.requestTimeout().toMillis());
        int retries = SAFE.contains(ctx.request().getMethod()) ? settings.safeMethodRetries() : 0;
        return connect(ctx, options, retries);
    }

    private Future<HttpClientRequest> connect(ProxyContext ctx, RequestOptions options, int retriesLeft) {
        return ctx.client().request(options).recover(failure -> {
            if (retriesLeft <= 0) {
                return Future.failedFuture(failure);
            }
            Promise<HttpClientRequest> retried = Promise.promise();
            Vertx vertx = Vertx.currentContext().owner();
            vertx.setTimer(100, t -> connect(ctx, options, retriesLeft - 1).onComplete(retried));
            return retried.future();
        });
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        String requestId = ctx.request().proxiedRequest().getHeader(RequestIds.HEADER);
        if (requestId != null) {
            ctx.request().putHeader(RequestIds.HEADER, requestId);
        }
        long length = ctx.request().getBody() == null ? -1 : ctx.request().getBody().length();
        String path = ctx.request().getURI();
        long limit = settings.uploadPrefixes().stream().anyMatch(path::startsWith)
                ? settings.maxUploadBytes() : settings.maxBodyBytes();
        if (length > limit) {
            return Future.succeededFuture(problem(ctx, 413, GatewayProblems.TOO_LARGE,
                    "请求内容过大 / Payload too large", "The body exceeds " + limit + " bytes"));
        }
        Context context = Vertx.currentContext();
        CompletionStage<ProxyResponse> guarded = guard.get(() -> ctx.sendRequest()
                .compose(response -> response.getStatusCode() >= 500
                        ? Future.<ProxyResponse>failedFuture(new ServiceFailed(response))
                        : Future.succeededFuture(response))
                .toCompletionStage());
        return Future.fromCompletionStage(guarded, context).recover(failure -> Future.succeededFuture(
                answerFor(ctx, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        ctx.response().headers().remove("Server");
        String location = ctx.response().headers().get("Location");
        String origin = "http://" + address.host() + ":" + address.port();
        if (location != null && location.startsWith(origin + "/")) {
            // The service builds absolute links from the address it was called at, which only the gateway can reach;
            // the client comes back through the gateway, so the link keeps only its path.
            ctx.response().headers().set("Location", location.substring(origin.length()));
        }
        return ctx.sendResponse();
    }

    private ProxyResponse answerFor(ProxyContext ctx, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ServiceFailed failed) {
            return failed.response;
        }
        if (cause instanceof CircuitBreakerOpenException) {
            return problem(ctx, 503, GatewayProblems.UNAVAILABLE, "服务暂不可用 / Service unavailable",
                    "The " + service + " service is failing; the gateway is holding requests back for a moment");
        }
        if (cause instanceof TimeoutException || String.valueOf(cause.getMessage()).contains("timeout")) {
            return problem(ctx, 504, GatewayProblems.UPSTREAM_TIMEOUT, "服务响应超时 / Service timed out",
                    "The " + service + " service did not answer in time");
        }
        LOG.warnf("Route to %s failed: %s", service, cause.toString());
        return problem(ctx, 503, GatewayProblems.UNAVAILABLE, "服务暂不可用 / Service unavailable",
                "The " + service + " service cannot be reached");
    }

    private static ProxyResponse problem(ProxyContext ctx, int status, String type, String title, String detail) {
        ProxyResponse response = ctx.request().response();
        response.headers().clear();
        return response.setStatusCode(status)
                .setStatusMessage(status == 413 ? "Payload Too Large" : status == 504 ? "Gateway Timeout"
                        : "Service Unavailable")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Retry-After", "5")
                .setBody(Body.body(GatewayProblems.body(type, title, status, detail,
                        ctx.request().proxiedRequest().path())));
    }
}
