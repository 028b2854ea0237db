package org.appsupervision.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka broker in a child JVM. Its classpath comes from the
 * devstack-broker module, so the broker never shares the services' classpath. The child stops
 * cleanly when its standard input closes, which also happens when this JVM is killed.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String READY_MARKER = "DEVSTACK-KAFKA-READY";
    private static final String CLASSPATH_RESOURCE = "/devstack-broker.classpath";

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the broker with its data in {@code dataDir} and creates the given topics. */
    public static KafkaBroker start(int port, int controllerPort, Path dataDir, List<String> topics) {
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig(port, controllerPort, dataDir);
            Path log = dataDir.resolve("broker.log");
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms256m", "-Xmx768m", "-XX:+UseSerialGC",
                    "-Dorg.slf4j.simpleLogger.logFile=" + log,
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                    "-Dorg.slf4j.simpleLogger.showDateTime=true",
                    "-cp", brokerClasspath(),
                    "org.appsupervision.devstack.broker.BrokerMain",
                    config.toString(), String.join(",", topics))
                    .redirectErrorStream(true);
            Process process = builder.start();
            awaitReady(process, dataDir.resolve("broker.out"), port);
            return new KafkaBroker(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    private static Path writeConfig(int port, int controllerPort, Path dataDir) throws IOException {
        Path logDirs = dataDir.resolve("data");
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logDirs,
                // Topics created on the fly get as many partitions as the suite's own (BrokerMain.PARTITIONS).
                "num.partitions=6",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Path config = dataDir.resolve("server.properties");
        Files.writeString(config, properties, StandardCharsets.UTF_8);
        return config;
    }

    private static String brokerClasspath() throws IOException {
        URL resource = KafkaBroker.class.getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("devstack-broker classpath file missing; build the devstack-broker module");
        }
        String dependencies;
        try (InputStream in = resource.openStream()) {
            dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        return ownLocation(resource) + java.io.File.pathSeparator + dependencies;
    }

    /** The jar or classes folder that holds the classpath file also holds BrokerMain. */
    private static String ownLocation(URL resource) {
        String url = resource.toString();
        if (url.startsWith("jar:file:")) {
            return Path.of(java.net.URI.create(url.substring(4, url.indexOf("!/")))).toString();
        }
        return Path.of(java.net.URI.create(url)).getParent().toString();
    }

    private static void awaitReady(Process process, Path output, int port) throws IOException {
        CountDownLatch ready = new CountDownLatch(1);
        Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)); out) {
                String line;
                while ((line = reader.readLine()) != null) {
                    out.write(line + "\n");
                    out.flush();
                    if (line.startsWith(READY_MARKER)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // The broker ended; its output is complete.
            }
        }, "kafka-output-" + port);
        pump.setDaemon(true);
        pump.start();
        try {
            boolean started = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!started && process.isAlive() && System.nanoTime() < deadline) {
                started = ready.await(200, TimeUnit.MILLISECONDS);
            }
            if (!started) {
                process.destroyForcibly();
                throw new IllegalStateException("Kafka did not become ready; see " + output + " and broker.log");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while starting Kafka", e);
        }
    }

    /** Closes the broker's standard input (it then shuts down cleanly) and waits for it to end. */
    @Override
    public void close() {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.flush();
        } catch (IOException e) {
            // Already closed: the broker is ending anyway.
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
