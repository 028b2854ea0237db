package org.appsupervision.notice.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/** A poll of TakedownConfirmed events applied in one transaction: each store's confirmation once, a bad one parked alone. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ConfirmationBatchTest {

    static final List<String> STORES = List.of("huawei", "xiaomi", "oppo", "vivo");

    @Inject
    AppstoreEventsConsumer consumer;

    @Inject
    EntityManager em;

    @Test
    void aPollRecordsEachStoresConfirmationOnceAndItsReplayRecordsNothing() {
        UUID item = publishedItem();
        List<Message<String>> poll = new ArrayList<>();
        for (String store : STORES) {
            poll.add(confirmed(UUID.randomUUID(), item, store));
        }
        // The same event twice in the poll, and another event for a store already confirming, count once.
        poll.add(poll.get(1));
        poll.add(confirmed(UUID.randomUUID(), item, "huawei"));

        consumer.applyAll(poll);
        consumer.applyAll(poll);

        assertEquals(4, count("SELECT count(*) FROM store_confirmation WHERE item_id = '" + item + "'"));
        assertEquals(5, count("SELECT count(*) FROM inbox_event WHERE event_id IN (" + idsOf(poll) + ")"));
    }

    @Test
    void aConfirmationOfAnUnknownItemIsParkedAloneAndTheRestOfItsPollIsRecorded() {
        UUID item = publishedItem();
        UUID unknown = UUID.randomUUID();
        List<Message<String>> poll = new ArrayList<>();
        for (String store : STORES) {
            poll.add(confirmed(UUID.randomUUID(), item, store));
        }
        poll.add(2, confirmed(unknown, UUID.randomUUID(), "huawei"));

        consumer.applyAll(poll);

        assertEquals(4, count("SELECT count(*) FROM store_confirmation WHERE item_id = '" + item + "'"));
        assertEquals(1, count("SELECT count(*) FROM parked_event WHERE event_id = '" + unknown + "'"));
        assertEquals(0, count("SELECT count(*) FROM inbox_event WHERE event_id = '" + unknown + "'"));
    }

    /** A published takedown notice with one item, written as its publication writes it. */
    private UUID publishedItem() {
        UUID notice = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO notice (id, kind, title, status, drafted_by, drafted_at, approved_by, approved_at,
                        published_by, published_at)
                    VALUES (?1, 'TAKEDOWN', '批量确认测试', 'PUBLISHED', 'a', now(), 'b', now(), 'b', now())""")
                    .setParameter(1, notice).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO notice_item (id, notice_id, seq, chain_id, app_name, package_name, app_version,
                        operator_name, operator_credit_code, operator_province_code, refused_rectification)
                    VALUES (?1, ?2, 1, ?3, '批量应用', 'com.batch.confirm', '1.0', '批量科技有限公司',
                        '91110108551385082Q', '11', false)""")
                    .setParameter(1, item).setParameter(2, notice).setParameter(3, UUID.randomUUID()).executeUpdate();
        });
        return item;
    }

    private static Message<String> confirmed(UUID eventId, UUID item, String store) {
        String json = """
                {"orderId":"%s","noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"com.batch.confirm",
                 "storeCode":"%s","removedAt":"2021-12-09T10:00:00Z","listingReference":null,
                 "note":null,"confirmedAt":"2021-12-09T10:05:00Z"}""".formatted(UUID.randomUUID(), UUID.randomUUID(),
                item, UUID.randomUUID(), store);
        return Message.of(json, Metadata.of(new DefaultIncomingCloudEventMetadata<>("1.0", eventId.toString(),
                URI.create("/appstore-service"), "TakedownConfirmed", "application/json", null, null,
                Instant.now().atZone(ZoneOffset.UTC), Map.of(), null)));
    }

    private static String idsOf(List<Message<String>> poll) {
        return String.join(",", poll.stream().map(m -> "'" + m.getMetadata(DefaultIncomingCloudEventMetadata.class)
                .orElseThrow().getId() + "'").distinct().toList());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
