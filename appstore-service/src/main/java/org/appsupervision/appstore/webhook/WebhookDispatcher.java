package org.appsupervision.appstore.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.appsupervision.appstore.AppstoreConfig;

/** Sends due webhook pushes outside any transaction and hands the outcomes back to the queue. */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookService webhooks;
    private final AppstoreConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public WebhookDispatcher(WebhookService webhooks, AppstoreConfig config) {
        this.webhooks = webhooks;
        this.config = config;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(push.url()))
                .timeout(config.webhook().timeout())
                .POST(HttpRequest.BodyPublishers.ofString(push.body()));
        push.headers().forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> new WebhookService.Outcome(push.deliveryId(), failure != null
                        ? "no answer: " + failure.getClass().getSimpleName()
                        : response.statusCode() / 100 == 2 ? null : "answered HTTP " + response.statusCode()));
    }
}
