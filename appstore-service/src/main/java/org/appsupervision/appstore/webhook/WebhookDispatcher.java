package org.appsupervision.appstore.webhook;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.appsupervision.appstore.AppstoreConfig;

/**
 * Sends due webhook pushes outside any transaction and hands the outcomes back to the queue. Each push is
 * checked by the {@link WebhookGuard} first and connects to the address it checked (the name stays in the
 * Host header and in TLS SNI and certificate checks), so a DNS answer that changes in between cannot
 * redirect it; redirects are never followed and no answer body is read or kept.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookService webhooks;
    private final WebhookGuard guard;
    private final AppstoreConfig config;
    private final HttpClient http;

    public WebhookDispatcher(WebhookService webhooks, WebhookGuard guard, AppstoreConfig config, Vertx vertx) {
        this.webhooks = webhooks;
        this.guard = guard;
        this.config = config;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5000).setVerifyHost(true)
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
        Future<Integer> status = http.request(options)
                .compose(request -> request.send(Buffer.buffer(push.body())).map(response -> {
                    // Only the status counts: the body is never read, the connection is dropped.
                    response.exceptionHandler(ignored -> { });
                    response.handler(ignored -> { });
                    request.connection().close();
                    return response.statusCode();
                }));
        return status.toCompletionStage().toCompletableFuture()
                .handle((code, failure) -> new WebhookService.Outcome(push.deliveryId(), outcome(code, failure)));
    }

    /** A plain reason for a failed attempt (no exception class, no answer body); null when delivered. */
    static String outcome(Integer status, Throwable failure) {
        if (failure != null) {
            String message = String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return message.contains("timeout") || message.contains("timed out") ? "no answer: timed out"
                    : "no answer: the connection failed";
        }
        if (status / 100 == 2) {
            return null;
        }
        return status / 100 == 3 ? "answered HTTP " + status + " (redirects are not followed)"
                : "answered HTTP " + status;
    }
}
