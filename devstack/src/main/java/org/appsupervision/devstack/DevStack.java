package org.appsupervision.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/** Real PostgreSQL and Kafka, started together, stopped Kafka first, then PostgreSQL. */
public final class DevStack implements AutoCloseable {

    /** The suite's topics, created when the broker starts. */
    public static final List<String> TOPICS = List.of("notice.events", "appstore.events", "penalty.events");

    private final Settings settings;
    private volatile Postgres postgres;
    private volatile KafkaBroker kafka;

    /** Where data goes and on which ports; {@code temporary} data is removed on stop. */
    public record Settings(Path root, boolean temporary, boolean durable, int postgresPort, int kafkaPort,
            int kafkaControllerPort, List<String> databases) {

        /** Tests: free ports, a temporary folder, no fsync. */
        public static Settings forTests(List<String> databases) {
            try {
                return new Settings(Files.createTempDirectory("devstack-"), true, false,
                        Ports.free(), Ports.free(), Ports.free(), databases);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Benchmarks: free ports and a temporary folder like tests, but PostgreSQL's durable defaults. */
        public static Settings forBenchmarks(List<String> databases) {
            Settings test = forTests(databases);
            return new Settings(test.root(), true, true, test.postgresPort(), test.kafkaPort(),
                    test.kafkaControllerPort(), databases);
        }

        /** The local run: documented ports, data kept in {@code root} between runs, durable defaults. */
        public static Settings forLocalRun(Path root, List<String> databases) {
            return new Settings(root, false, true, 15432, 19092, 19093, databases);
        }
    }

    private DevStack(Settings settings, Postgres postgres, KafkaBroker kafka) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static DevStack start(Settings settings) {
        CompletableFuture<Postgres> postgres = CompletableFuture.supplyAsync(() -> startPostgres(settings));
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(() -> startKafka(settings));
        try {
            CompletableFuture.allOf(postgres, kafka).join();
        } catch (CompletionException e) {
            postgres.thenAccept(Postgres::close);
            kafka.thenAccept(KafkaBroker::close);
            throw e;
        }
        settings.databases().forEach(postgres.join()::ensureDatabase);
        return new DevStack(settings, postgres.join(), kafka.join());
    }

    /** Stops the Kafka broker cleanly (fault tests); {@link #startKafka()} brings it back with its data. */
    public void stopKafka() {
        kafka.close();
    }

    public void startKafka() {
        kafka = startKafka(settings);
    }

    /** Stops PostgreSQL (fault tests); {@link #startPostgres()} brings it back with its data. */
    public void stopPostgres() {
        postgres.close();
    }

    public void startPostgres() {
        postgres = startPostgres(settings);
    }

    private static Postgres startPostgres(Settings settings) {
        return Postgres.start(settings.postgresPort(), settings.root().resolve("postgres"), settings.durable(),
                settings.temporary() ? settings.root() : null);
    }

    private static KafkaBroker startKafka(Settings settings) {
        return KafkaBroker.start(settings.kafkaPort(), settings.kafkaControllerPort(), settings.root().resolve("kafka"),
                TOPICS);
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
        if (settings.temporary()) {
            deleteTree(settings.root());
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("devstack: could not remove " + root + ": " + e.getMessage());
        }
    }
}
