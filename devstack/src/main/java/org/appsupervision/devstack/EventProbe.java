package org.appsupervision.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes CloudEvents on the suite's topics directly, so tests can check what travels. */
public final class EventProbe {

    private EventProbe() {
    }

    /**
     * A record read from a topic: key, payload, the CloudEvents headers by attribute name, and the other headers
     * (such as the W3C {@code traceparent}) by header name.
     */
    public record Event(String topic, String key, String payload, Map<String, String> attributes,
            Map<String, String> headers) {
        public String type() {
            return attributes.get("type");
        }

        public String id() {
            return attributes.get("id");
        }
    }

    /** Reads the topic from the beginning until {@code done} holds for what was read, or the timeout passes. */
    public static List<Event> read(String bootstrap, String topic, Predicate<List<Event>> done, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(events) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> events.add(toEvent(record)));
            }
        }
        return events;
    }

    /** Publishes a binary-mode CloudEvent, as the services' outbox relays do. */
    public static void publish(String bootstrap, String topic, String id, String type, String key, String json) {
        publish(bootstrap, topic, id, type, key, json, Map.of());
    }

    /** Publishes a binary-mode CloudEvent with further headers (a {@code traceparent}, say). */
    public static void publish(String bootstrap, String topic, String id, String type, String key, String json,
            Map<String, String> headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", id);
            header(record, "ce_type", type);
            header(record, "ce_source", "/event-probe");
            header(record, "content-type", "application/json");
            headers.forEach((name, value) -> header(record, name, value));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Publishing to " + topic + " failed", e.getCause());
        }
    }

    /** Publishes the events again exactly as they were (same ids, keys and attributes): a redelivery. */
    public static void republish(String bootstrap, List<Event> events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (Event event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
                event.attributes().forEach((name, value) -> header(record, "ce_" + name, value));
                header(record, "content-type", "application/json");
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Waits until every consumer group has consumed everything on the suite's topics. */
    public static void awaitConsumed(String bootstrap, List<String> groups, Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (lag(admin, groups) == 0) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("Consumers still lag by " + lag(admin, groups) + " records");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot read consumer offsets", e.getCause());
        }
    }

    private static long lag(Admin admin, List<String> groups)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        long lag = 0;
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            for (var entry : committed.entrySet()) {
                long end = ends.get(entry.getKey()).offset();
                long at = entry.getValue() == null ? 0 : entry.getValue().offset();
                lag += Math.max(0, end - at);
            }
        }
        return lag;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Event toEvent(ConsumerRecord<String, String> record) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Map<String, String> others = new java.util.HashMap<>();
        for (Header header : record.headers()) {
            String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
            if (header.key().startsWith("ce_")) {
                attributes.put(header.key().substring(3), value);
            } else {
                others.put(header.key(), value);
            }
        }
        return new Event(record.topic(), record.key(), record.value(), attributes, others);
    }
}
