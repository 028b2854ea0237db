package org.appsupervision.gateway.routing;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import io.smallrye.faulttolerance.api.TypedGuard;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.web.BodyLimits;
import org.appsupervision.gateway.web.BodySizeLimit;
import org.appsupervision.gateway.web.GatewayProblems;
import org.appsupervision.gateway.web.RequestIds;
import org.appsupervision.platform.problem.Problem;
import org.jboss.logging.Logger;

/**
 * One service's route: a request timeout, a circuit breaker (SmallRye Fault Tolerance) that opens when the service
 * itself keeps failing, connection retries for safe methods only, the route's body limit (a streamed body is cut off
 * there), the request id passed on, and a problem document instead of an empty 502 when the service is down or slow.
 *
 * <p>Only the service's own failures count for the circuit: connections refused or broken, timeouts, and answers of
 * 502, 503 or 504. A 500 or 4xx answer is what a client's input provoked (a bug, a bad request); it is passed on as
 * it is (a 500 is logged) and never counts, so that one client's bad requests cannot close a service to everyone.
 * Neither does a request whose client sent too much, broke off, or was still sending when it failed.
 *
 * <p>What a service's HTTP layer would refuse is not passed on: headers larger than the services take get a 431
 * problem here ({@link HeaderBlock}); a bare refusal that still comes back closes its connection (see
 * {@link #answered}). The gateway's own headers ({@code Cookie}, {@code Expect}) stay at the gateway.
 */
final class GuardedRoute implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(GuardedRoute.class);
    private static final String CLOSE_AFTER_ANSWER = "gateway.close-after-answer";
    private static final String SERVICE_REQUEST = "gateway.service-request";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /**
     * Request headers that only the gateway reads and that never go on to a service: the portal's cookies (the login
     * token, the language), which the services never read (they take the bearer token only) and which would only
     * spread the token to more logs; {@code Expect}, which the gateway has answered itself ({@code BodySizeLimit});
     * and the W3C trace context ({@code traceparent}, {@code tracestate}), which the gateway's request span continues
     * and its call to the service writes anew (a copy beside it would name the caller's span as the service's parent).
     */
    private static final List<String> GATEWAY_ONLY = List.of("Cookie", "Expect", "traceparent", "tracestate");

    /** Answers in which the service says it is unavailable: they count for the circuit. */
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

    /** A service answer of 502, 503 or 504: counts as a failure for the circuit, but is passed on as it is. */
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
    private final BodyLimits limits;
    /** Guards the Vert.x future itself (SmallRye's Vert.x support): no CompletionStage in between, both ways. */
    private final TypedGuard<Future<ProxyResponse>> guard;

    GuardedRoute(String service, String host, int port, GatewayConfig.Routes settings, BodyLimits limits) {
        this.service = service;
        this.limits = limits;
        this.address = SocketAddress.inetSocketAddress(port, host);
        this.settings = settings;
        this.guard = TypedGuard.create(new TypeLiteral<Future<ProxyResponse>>() {
        }).withDescription("route to " + service)
                .withCircuitBreaker()
                .name("route-" + service)
                .requestVolumeThreshold(settings.circuitWindow())
                .failureRatio(settings.circuitFailureRatio())
                .delay(settings.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .done()
                // The guarded call only starts a non-blocking request on the event loop and its future completes there:
                // run it, and complete the guard's future, on the calling thread. Without an executor of its own, a
                // guard called on an event loop remembers it and dispatches both the call and its completion to it
                // as two more tasks, each wrapped for context propagation (JFR, docs/benchmarks.md 2026-12-08).
                .withThreadOffload(true)
                .withThreadOffloadExecutor(Runnable::run)
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
        // Kept so that a connection the service is closing can be taken out of the pool (answered).
        Future<HttpClientRequest> opened = ctx.client().request(options)
                .onSuccess(request -> ctx.set(SERVICE_REQUEST, request));
        return opened.recover(failure -> {
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
        GATEWAY_ONLY.forEach(ctx.request().headers()::remove);
        // The client's address as this gateway sees it (behind a trusted proxy, the forwarded one), replacing whatever
        // a client sent under that name: notice-service keys its complaint caps and duplicates on it.
        io.vertx.core.net.SocketAddress client = ctx.request().proxiedRequest().remoteAddress();
        ctx.request().headers().set(ClientAddress.HEADER, client == null ? "unknown" : client.hostAddress());
        if (HeaderBlock.forwardedSize(ctx.request().headers(), address.host() + ":" + address.port())
                > settings.maxHeaderBytes()) {
            return Future.succeededFuture(problem(ctx, 431, GatewayProblems.HEADERS_TOO_LARGE,
                    "请求头过大 / Request headers too large", "The request headers exceed "
                            + settings.maxHeaderBytes() + " bytes, the most the " + service + " service takes"));
        }
        // A declared Content-Length over the limit was refused before the proxy (BodySizeLimit); a streamed body is cut here.
        BodyLimits.Limit limit = limits.of(ctx.request().getMethod(), ctx.request().proxiedRequest().path(),
                ctx.request().headers().get("Content-Type"));
        Body body = ctx.request().getBody();
        CappedBody capped = body == null ? null : new CappedBody(body.stream(), limit.bytes());
        if (capped != null) {
            ctx.request().setBody(Body.body(capped, body.length()));
        }
        Future<ProxyResponse> guarded = guard.get(() -> ctx.sendRequest()
                .transform(sent -> sent.succeeded() ? answered(ctx, sent.result())
                        : capped != null && capped.clientAtFault()
                                ? Future.succeededFuture(clientFailed(ctx, capped, limit, sent.cause()))
                                : Future.<ProxyResponse>failedFuture(sent.cause())));
        return guarded.recover(failure -> Future.succeededFuture(answerFor(ctx, failure)));
    }

    /**
     * The service's answer: 502, 503 and 504 count for the circuit; a 500 is logged; all are passed on as they are,
     * but for a refusal by the service's HTTP layer (see {@link #refusedByHttpLayer}).
     */
    private Future<ProxyResponse> answered(ProxyContext ctx, ProxyResponse response) {
        int status = response.getStatusCode();
        if (refusedByHttpLayer(response)) {
            // Vert.x answers a request its decoder refused with a bare status and then closes the connection without
            // saying so (no "Connection: close"): the pool would hand that connection to the next request, which
            // would fail as "connection closed" (a 503 to an innocent client, counted against the service).
            ctx.get(SERVICE_REQUEST, HttpClientRequest.class).connection().close();
            response.release();
            return Future.succeededFuture(problem(ctx, status, GatewayProblems.REFUSED_BY_SERVICE,
                    "请求被服务拒绝 / Request refused by the service", "The " + service
                            + " service could not read the request (HTTP " + status + ")"));
        }
        if (UNAVAILABLE.contains(status)) {
            return Future.failedFuture(new ServiceFailed(response));
        }
        if (status >= 500) {
            LOG.warnf("%s answered %d to %s %s (request %s)", service, status, ctx.request().getMethod(),
                    ctx.request().proxiedRequest().path(), ctx.request().headers().get(RequestIds.HEADER));
        }
        return Future.succeededFuture(response);
    }

    /** A bare 400, 414 or 431 without a body: what a service's HTTP layer answers before any of its code runs. */
    private static boolean refusedByHttpLayer(ProxyResponse response) {
        int status = response.getStatusCode();
        return (status == 400 || status == 414 || status == 431) && response.headers().get("Content-Type") == null
                && "0".equals(response.headers().get("Content-Length"));
    }

    /** A request that failed by its client's doing: answered, but not counted against the service. */
    private ProxyResponse clientFailed(ProxyContext ctx, CappedBody capped, BodyLimits.Limit limit, Throwable cause) {
        if (capped.exceeded()) {
            ctx.set(CLOSE_AFTER_ANSWER, Boolean.TRUE);
            return problem(ctx, 413, GatewayProblems.TOO_LARGE, BodySizeLimit.TITLE, BodyLimits.detail(limit));
        }
        LOG.debugf("Request to %s broken off by its client: %s", service, cause);
        ctx.set(CLOSE_AFTER_ANSWER, Boolean.TRUE);
        return problem(ctx, 400, GatewayProblems.INCOMPLETE, "请求不完整 / Incomplete request",
                "The request body was not received whole");
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        ctx.response().headers().remove("Server");
        if (Boolean.TRUE.equals(ctx.get(CLOSE_AFTER_ANSWER, Boolean.class))) {
            // The rest of the client's body is not read: the connection ends with the answer.
            ctx.response().putHeader("Connection", "close");
            ctx.request().proxiedRequest().response()
                    .endHandler(ended -> ctx.request().proxiedRequest().connection().close());
        }
        String location = ctx.response().headers().get("Location");
        String origin = "http://" + address.host() + ":" + address.port();
        if (location != null && location.startsWith(origin + "/")) {
            // The service builds absolute links from the address it was called at, which only the gateway can reach;
            // the client comes back through the gateway, so the link keeps only its path.
            ctx.response().headers().set("Location", location.substring(origin.length()));
        }
        String link = ctx.response().headers().get("Link");
        if (link != null && link.contains("<" + origin + "/")) {
            // The same for a list's Link rel="next" (the services write relative links; this keeps any absolute one right).
            ctx.response().headers().set("Link", link.replace("<" + origin + "/", "</"));
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
        response.setStatusCode(status)
                .setStatusMessage(switch (status) {
                    case 400 -> "Bad Request";
                    case 414 -> "URI Too Long";
                    case 413 -> "Payload Too Large";
                    case 431 -> "Request Header Fields Too Large";
                    case 504 -> "Gateway Timeout";
                    default -> "Service Unavailable";
                })
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .setBody(Body.body(GatewayProblems.body(type, title, status, detail,
                        ctx.request().proxiedRequest().path())));
        if (status >= 503) {
            response.putHeader("Retry-After", "5");
        }
        return response;
    }
}
