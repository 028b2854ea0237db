package org.appsupervision.appstore.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import jakarta.enterprise.inject.spi.BeanManager;
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
import org.appsupervision.platform.inbox.ServiceStopping;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/** Many takedowns applied in one transaction: exactly once per event, and a poison event parked alone. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class BatchInboxTest {

    @Inject
    NoticeEventsConsumer consumer;

    @Inject
    EntityManager em;

    @Inject
    BeanManager beans;

    @Test
    void aBatchCreatesEveryOrderOnceAndItsReplayCreatesNothing() {
        UUID noticeId = UUID.randomUUID();
        List<Message<String>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(takedown(UUID.randomUUID(), noticeId, List.of("tencent", "qihoo360")));
        }
        // The same event twice within the batch counts once.
        batch.add(batch.get(3));

        consumer.applyAll(batch);
        assertEquals(40, ordersOf(noticeId));
        consumer.applyAll(batch);
        consumer.applyAll(batch.subList(5, 15));

        assertEquals(40, ordersOf(noticeId));
        assertEquals(20, count("SELECT count(*) FROM inbox_event WHERE event_id IN (" + idsOf(batch) + ")"));
    }

    @Test
    void aPoisonEventInABatchIsParkedAloneAndTheOthersAreApplied() {
        UUID noticeId = UUID.randomUUID();
        List<Message<String>> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(takedown(UUID.randomUUID(), noticeId, List.of("tencent", "qihoo360", "baidu")));
        }
        UUID poison = UUID.randomUUID();
        batch.add(4, Message.of(takedown(poison, noticeId, List.of("tencent")).getPayload()
                .replaceFirst("\"app\":\\{[^}]*}", "\"app\":null"), Metadata.of(cloudEvent(poison))));
        UUID partlyDeliverable = UUID.randomUUID();
        batch.add(6, takedown(partlyDeliverable, noticeId, List.of("tencent", "no-such-store")));
        UUID unreadable = UUID.randomUUID();
        batch.add(7, Message.of("{\"noticeId\": 12", Metadata.of(cloudEvent(unreadable))));

        consumer.applyAll(batch);

        assertEquals(31, ordersOf(noticeId));
        assertEquals(1, count("SELECT count(*) FROM parked_event WHERE event_id = '" + poison
                + "' AND reason LIKE 'TakedownOrdered lacks app%'"));
        assertEquals(0, count("SELECT count(*) FROM parked_event WHERE event_id = '" + partlyDeliverable + "'"));
        assertEquals(1, count("SELECT count(*) FROM undeliverable_order WHERE notice_id = '" + noticeId
                + "' AND store_code = 'no-such-store' AND reason = 'STORE_NOT_REGISTERED'"));
        assertEquals(1, count("SELECT count(*) FROM parked_event WHERE event_id = '" + unreadable + "'"));
        assertEquals(0, count("SELECT count(*) FROM inbox_event WHERE event_id = '" + poison + "'"));
        // The others went through the fallback one by one, each recorded once.
        assertEquals(11, count("SELECT count(*) FROM inbox_event WHERE event_id IN (" + idsOf(batch) + ")"));
    }

    @Test
    void whileTheServiceStopsAFailingEventIsLeftForRedeliveryNotParked() {
        UUID noticeId = UUID.randomUUID();
        List<Message<String>> batch = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batch.add(takedown(UUID.randomUUID(), noticeId, List.of("tencent")));
        }
        UUID poison = UUID.randomUUID();
        batch.add(2, Message.of(takedown(poison, noticeId, List.of("tencent")).getPayload()
                .replaceFirst("\"app\":\\{[^}]*}", "\"app\":null"), Metadata.of(cloudEvent(poison))));
        QuarkusMock.installMockForType(new ServiceStopping() {
            @Override
            public boolean now() {
                return true;
            }
        }, ServiceStopping.class);

        assertThrows(RuntimeException.class, () -> consumer.applyAll(batch));
        assertEquals(0, count("SELECT count(*) FROM parked_event WHERE event_id = '" + poison + "'"));
        // The batch fell back to one by one: the two events before the failing one are applied, the rest wait.
        assertEquals(2, ordersOf(noticeId));

        // After the restart Kafka delivers the batch again: the rest is applied once, and the poison event parked.
        QuarkusMock.installMockForType(new ServiceStopping(), ServiceStopping.class);
        consumer.applyAll(batch);
        assertEquals(4, ordersOf(noticeId));
        assertEquals(1, count("SELECT count(*) FROM parked_event WHERE event_id = '" + poison + "'"));
    }

    @Test
    void takedownsEarlierVersionsParkedForAStoreThatCouldNotTakeAnOrderAreAppliedAgainOnceAtStartup() {
        UUID noticeId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String payload = takedown(eventId, noticeId, List.of("huawei", "no-such-store")).getPayload();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO parked_event (event_id, consumer, event_type, topic, payload, reason)
                VALUES (?1, 'appstore-service.notice-events', 'TakedownOrdered', 'notice.events', ?2,
                        'Notice names stores that are not registered or deactivated: [no-such-store]')""")
                .setParameter(1, eventId.toString()).setParameter(2, payload).executeUpdate());

        startingAgain(NoticeEventsConsumer.class);
        assertEquals(0, consumer.reapplyParked());

        assertEquals(1, ordersOf(noticeId));
        assertEquals(1, count("SELECT count(*) FROM undeliverable_order WHERE notice_id = '" + noticeId + "'"));
        assertEquals(0, count("SELECT count(*) FROM parked_event WHERE event_id = '" + eventId + "'"));
    }

    /** Notifies the consumer's startup observer as a start does (other startup observers are left alone). */
    private void startingAgain(Class<?> consumerClass) {
        beans.resolveObserverMethods(new StartupEvent()).stream()
                .filter(observer -> observer.getBeanClass() == consumerClass).findFirst().orElseThrow()
                .notify(new StartupEvent());
    }

    private static Message<String> takedown(UUID eventId, UUID noticeId, List<String> stores) {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.batch.app" + eventId.toString().substring(0, 8),
                Instant.now(), stores);
        String json = ordered.json().replace(ordered.noticeId().toString(), noticeId.toString());
        return Message.of(json, Metadata.of(cloudEvent(eventId)));
    }

    private static DefaultIncomingCloudEventMetadata<String> cloudEvent(UUID eventId) {
        return new DefaultIncomingCloudEventMetadata<>("1.0", eventId.toString(), URI.create("/notice-service"),
                "TakedownOrdered", "application/json", null, null, Instant.now().atZone(ZoneOffset.UTC), Map.of(),
                null);
    }

    private static String idsOf(List<Message<String>> batch) {
        return String.join(",", batch.stream().map(m -> "'" + m.getMetadata(DefaultIncomingCloudEventMetadata.class)
                .orElseThrow().getId() + "'").toList());
    }

    private long ordersOf(UUID noticeId) {
        return count("SELECT count(*) FROM takedown_order WHERE notice_id = '" + noticeId + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
