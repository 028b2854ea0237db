package org.appsupervision.appstore.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.appstore.AppstoreConfig;
import org.appsupervision.appstore.order.OrderKind;
import org.appsupervision.appstore.order.OrderView;
import org.appsupervision.appstore.order.TakedownOrder;
import org.appsupervision.appstore.order.TakedownOrderRepository;
import org.appsupervision.appstore.store.Store;
import org.appsupervision.appstore.store.StoreRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/** The queue of webhook pushes: claims due pushes as CloudEvents signed by the Standard Webhooks scheme, records outcomes with backoff, parks and replays. */
@ApplicationScoped
public class WebhookService {

    private static final String DELIVERIES = "webhook-deliveries";

    private final WebhookDeliveryRepository deliveries;
    private final TakedownOrderRepository orders;
    private final StoreRepository stores;
    private final AppstoreConfig config;
    private final ObjectMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public WebhookService(WebhookDeliveryRepository deliveries, TakedownOrderRepository orders,
            StoreRepository stores, AppstoreConfig config, ObjectMapper mapper) {
        this.deliveries = deliveries;
        this.orders = orders;
        this.stores = stores;
        this.config = config;
        this.mapper = mapper;
    }

    /** A push ready to send: where, the signed CloudEvent body and its headers. */
    public record Push(UUID deliveryId, String url, String body, Map<String, String> headers) {
    }

    /** The result of one attempt; {@code error} null means the store answered 2xx. */
    public record Outcome(UUID deliveryId, String error) {
    }

    /** Claims due pushes for the length of one attempt, so another pass or replica does not send them too. */
    @Transactional
    public List<Push> claimDue() {
        Instant now = Instant.now(clock);
        List<Push> pushes = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries.due(now, config.webhook().batchSize())) {
            Store store = stores.findById(delivery.storeCode);
            if (store == null || !store.webhookEnabled || store.webhookUrl == null || store.webhookSecret == null) {
                delivery.status = WebhookDelivery.Status.PARKED;
                delivery.lastError = "the store has no enabled webhook";
                continue;
            }
            delivery.nextAttemptAt = now.plus(config.webhook().timeout().multipliedBy(2));
            String body = cloudEvent(delivery, orders.findById(delivery.orderId));
            long timestamp = now.getEpochSecond();
            String id = delivery.id.toString();
            pushes.add(new Push(delivery.id, store.webhookUrl, body, Map.of(
                    "Content-Type", "application/cloudevents+json; charset=utf-8",
                    WebhookSignature.ID_HEADER, id,
                    WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                    WebhookSignature.SIGNATURE_HEADER,
                    WebhookSignature.header(store.webhookSecretsAt(now), id, timestamp, body))));
        }
        return pushes;
    }

    /** Records attempts: delivered, retried after a doubling wait, or parked once the limit is reached. */
    @Transactional
    public void record(List<Outcome> outcomes) {
        Instant now = Instant.now(clock);
        for (Outcome outcome : outcomes) {
            WebhookDelivery delivery = deliveries.findById(outcome.deliveryId());
            delivery.attempts++;
            if (outcome.error() == null) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = now;
                delivery.lastError = null;
            } else if (delivery.attempts >= config.webhook().maxAttempts()) {
                delivery.status = WebhookDelivery.Status.PARKED;
                delivery.lastError = outcome.error();
            } else {
                delivery.lastError = outcome.error();
                delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
            }
        }
    }

    @Transactional
    public Page<WebhookDeliveryView> ofStore(String storeCode, WebhookDelivery.Status status, PageRequest page) {
        requireStore(storeCode);
        return Page.of(deliveries.ofStore(storeCode, status, page.after(DELIVERIES), page.limit() + 1), page.limit(),
                d -> Cursor.encode(DELIVERIES, d.createdAt, d.id), WebhookDeliveryView::of);
    }

    /** An admin sends a store's parked pushes again, from the first attempt. */
    @Transactional
    public int replayParked(String storeCode) {
        requireStore(storeCode);
        return deliveries.replayParked(storeCode, Instant.now(clock));
    }

    Duration backoff(int attemptsMade) {
        Duration wait = config.webhook().backoff().multipliedBy(1L << Math.min(attemptsMade - 1, 20));
        return wait.compareTo(config.webhook().maxBackoff()) > 0 ? config.webhook().maxBackoff() : wait;
    }

    private void requireStore(String storeCode) {
        if (stores.findByIdOptional(storeCode).isEmpty()) {
            throw ProblemException.notFound("Store", storeCode);
        }
    }

    private String cloudEvent(WebhookDelivery delivery, TakedownOrder order) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", delivery.id.toString());
        event.put("source", "/appstore-service");
        event.put("type", order.kind == OrderKind.REINSTATEMENT ? "ReinstatementOrderIssued" : "TakedownOrderIssued");
        event.put("subject", order.id.toString());
        event.put("time", delivery.createdAt.toString());
        event.put("datacontenttype", "application/json");
        event.put("chainid", order.chainId.toString());
        event.put("data", OrderView.of(order));
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Push cannot be serialised", e);
        }
    }
}
