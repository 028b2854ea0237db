package org.appsupervision.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor a fan-out is compared with in benchmarks: what the same broker and the same PostgreSQL
 * need for the same number of records and rows, with nothing of the suite in between.
 */
public final class Floor {

    private Floor() {
    }

    /** Milliseconds to produce {@code records} small records (acks=all, idempotent) and consume them all. */
    public static long kafkaMillis(String bootstrap, int records) {
        String topic = "bench.floor." + UUID.randomUUID();
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaProducer<String, String> producer =
                        new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer =
                        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>(topic, "warm-up", "{}")).get();
            consumer.subscribe(List.of(topic));
            int warmed = 0;
            while (warmed < 1) {
                warmed += consumer.poll(Duration.ofMillis(100)).count();
            }
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(),
                        "{\"orderId\":\"" + UUID.randomUUID() + "\",\"storeCode\":\"huawei\"}"));
            }
            producer.flush();
            int consumed = 0;
            while (consumed < records) {
                consumed += consumer.poll(Duration.ofMillis(100)).count();
            }
            return (System.nanoTime() - start) / 1_000_000;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka floor failed", e.getCause());
        }
    }

    /** Milliseconds to insert {@code rows} order-sized rows with JDBC batches in one transaction. */
    public static long postgresMillis(String jdbcUrl, int rows) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true",
                Postgres.USER, Postgres.PASSWORD)) {
            connection.createStatement().execute(
                    "CREATE TEMP TABLE bench_floor (id UUID PRIMARY KEY, item UUID, store TEXT, at TIMESTAMPTZ)");
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_floor VALUES (?, ?, ?, now())")) {
                for (int i = 0; i < rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.randomUUID());
                    insert.setString(3, "store" + (i % 30));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1_000_000;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL floor failed", e);
        }
    }
}
