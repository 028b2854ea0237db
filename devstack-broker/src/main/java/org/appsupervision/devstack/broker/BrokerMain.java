package org.appsupervision.devstack.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Runs a single-node KRaft Kafka broker in its own JVM for devstack: formats the storage on first
 * use, starts the broker, creates the suite's topics, prints a readiness marker, and shuts the
 * broker down cleanly when its standard input closes (its parent stopped or died).
 */
public final class BrokerMain {

    /**
     * Partitions of each topic, as deployed (deploy/kubernetes/base/kafka/topics.yaml): two instances of a service
     * with three consumers each get one partition per consumer.
     */
    static final int PARTITIONS = 6;

    /** Line printed on standard output once the broker answers and the topics exist. */
    public static final String READY_MARKER = "DEVSTACK-KAFKA-READY";

    private BrokerMain() {
    }

    /** Arguments: the server.properties file, then the topics to create (comma-separated, may be empty). */
    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        List<String> topics = args.length > 1 && !args[1].isBlank() ? Arrays.asList(args[1].split(",")) : List.of();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            properties.load(in);
        }
        formatStorageIfNew(config, Path.of(properties.getProperty("log.dirs")));
        exitWhenStdinCloses();

        Thread broker = new Thread(() -> kafka.Kafka.main(new String[] {config.toString()}), "kafka-main");
        broker.start();

        String bootstrap = properties.getProperty("advertised.listeners").replace("PLAINTEXT://", "");
        createTopics(bootstrap, topics);
        System.out.println(READY_MARKER + " " + bootstrap);
        System.out.flush();
        broker.join();
    }

    private static void formatStorageIfNew(Path config, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId;
        do {
            // A cluster id starting with '-' is taken for an option by the format command.
            clusterId = Uuid.randomUuid().toString();
        } while (clusterId.startsWith("-"));
        int status = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()}, new PrintStream(System.out, true));
        if (status != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed with status " + status);
        }
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException e) {
                // A broken pipe means the parent is gone, as does end of input.
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void createTopics(String bootstrap, List<String> topics) throws InterruptedException {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try (Admin admin = Admin.create(adminConfig)) {
                admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                for (String topic : topics) {
                    try {
                        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(10, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker did not become ready", e);
                }
                Thread.sleep(250);
            }
        }
    }
}
