package org.appsupervision.appstore.webhook;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.appsupervision.appstore.AppstoreConfig;

/**
 * Sends due webhook pushes outside any transaction and hands the outcomes back to the queue. Each push is
 * checked by the {@link WebhookGuard} first and connects to the address it checked (the name stays in the
 * Host header and in TLS SNI and certificate checks), so a DNS answer that changes in between cannot
 * redirect it; redirects are never followed and no answer body is read or kept.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int CONNECT_TIMEOUT_MILLIS = 5000;

    private final WebhookService webhooks;
    private final WebhookGuard guard;
    private final AppstoreConfig config;
    private final HttpClient http;

    public WebhookDispatcher(WebhookService webhooks, WebhookGuard guard, AppstoreConfig config, Vertx vertx) {
        this.webhooks = webhooks;
        this.guard = guard;
        this.config = config;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MILLIS).setVerifyHost(true)
                .setTrustAll(false).setKeepAlive(false));
    }

    @Scheduled(every = "${appstore.webhook.dispatch-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        while (dispatch() == config.webhook().batchSize()) {
            // A full batch means more may be due.
        }
    }

    /** Sends one batch of due pushes at once; returns how many were sent. */
    int dispatch() {
        List<WebhookService.Push> pushes = webhooks.claimDue();
        if (pushes.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<WebhookService.Outcome>> sent = pushes.stream().map(this::send).toList();
        webhooks.record(sent.stream().map(CompletableFuture::join).toList());
        return pushes.size();
    }

    private CompletableFuture<WebhookService.Outcome> send(WebhookService.Push push) {
        WebhookGuard.Target target;
        try {
            target = guard.target(push.url());
        } catch (WebhookGuard.Refused refused) {
            return CompletableFuture.completedFuture(
                    new WebhookService.Outcome(push.deliveryId(), "not sent: " + refused.getMessage()));
        }
        WebhookUrl url = target.url();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setSsl(url.https())
                .setHost(url.host()).setPort(url.port()).setURI(url.pathAndQuery()).setFollowRedirects(false)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), url.port())))
                .setTimeout(config.webhook().timeout().toMillis());
        push.headers().forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Integer> status = http.request(options)
                .compose(request -> {
                    sent.set(request);
                    return request.send(Buffer.buffer(push.body()));
                })
                .map(response -> {
                    // Only the status counts: the body is never read, the connection is dropped.
                    response.exceptionHandler(ignored -> { });
                    response.handler(ignored -> { });
                    response.request().connection().close();
                    return response.statusCode();
                });
        // A hard limit on the whole attempt, so an endpoint that drips its headers cannot hold the dispatcher.
        long limit = config.webhook().timeout().toMillis() + CONNECT_TIMEOUT_MILLIS;
        return status.toCompletionStage().toCompletableFuture().orTimeout(limit, TimeUnit.MILLISECONDS)
                .handle((code, failure) -> {
                    if (failure != null && sent.get() != null) {
                        sent.get().connection().close();
                    }
                    return new WebhookService.Outcome(push.deliveryId(), outcome(code, failure));
                });
    }

    /** A plain reason for a failed attempt (no exception class, no answer body); null when delivered. */
    static String outcome(Integer status, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            return cause instanceof TimeoutException || message.contains("timeout") || message.contains("timed out")
                    ? "no answer: timed out" : "no answer: the connection failed";
        }
        if (status / 100 == 2) {
            return null;
        }
        return status / 100 == 3 ? "answered HTTP " + status + " (redirects are not followed)"
                : "answered HTTP " + status;
    }
}
