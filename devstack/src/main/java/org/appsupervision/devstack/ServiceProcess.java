package org.appsupervision.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the suite as its own JVM, started from its packaged fast-jar (with its class-data sharing archive
 * when the build made one). The service is
 * told this JVM's pid and stops itself if this JVM dies; {@link #close()} stops it with SIGTERM.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The class-data sharing archive Quarkus writes beside the fast-jar when packaged with
     * {@code -Dquarkus.package.jar.appcds.enabled=true}. It records the jar's class path relative to that folder, so
     * services run from their {@code quarkus-app} folder as {@code java -jar quarkus-run.jar}; a JVM that cannot use
     * the archive (another JDK build) says so in the log and starts without it. JVM options that choose sharing
     * themselves ({@code -Xshare:auto} for the JDK's own archive only) keep the archive out.
     */
    static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    private final String name;
    private final List<String> command;
    private final Path directory;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private ServiceProcess(String name, List<String> command, Path directory, Process process, int port,
            int managementPort, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.directory = directory;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Spawns {@code java -jar <jar>} on the given port with a free management port. */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> settings, Path logDir,
            List<String> jvmOptions) {
        return start(name, jar, port, Ports.free(), settings, logDir, jvmOptions);
    }

    /**
     * Spawns {@code java -jar <jar>} with the given settings as system properties, serving its API on {@code port}
     * and health and metrics on {@code managementPort} (Quarkus' management interface), both on the loopback only.
     */
    public static ServiceProcess start(String name, Path jar, int port, int managementPort,
            Map<String, String> settings, Path logDir, List<String> jvmOptions) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the suite first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        Path classDataArchive = jar.resolveSibling(CLASS_DATA_ARCHIVE);
        boolean sharingChosen = jvmOptions.stream()
                .anyMatch(option -> option.startsWith("-Xshare") || option.startsWith("-XX:SharedArchiveFile"));
        if (Files.isRegularFile(classDataArchive) && !sharingChosen) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.add("-Ddevstack.parent-pid=" + ProcessHandle.current().pid());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.management.port=" + managementPort);
        command.add("-Dquarkus.management.host=127.0.0.1");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.getFileName().toString());
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logDir, e);
        }
        return spawn(name, command, jar.toAbsolutePath().getParent(), port, managementPort, logDir.resolve(name + ".log"));
    }

    private static ServiceProcess spawn(String name, List<String> command, Path directory, int port,
            int managementPort, Path log) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(name, command, directory, process, port, managementPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Kills the service without warning (SIGKILL), as a crash would (fault tests). */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the same service again with the same settings and port; the old process must have ended. */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return spawn(name, command, directory, port, managementPort, log);
    }

    /**
     * Starts a second instance of this service (scale-out tests): the same jar, JVM options and settings, with the
     * given settings replaced, on its own ports, logging to its own file.
     */
    public ServiceProcess anotherInstance(String instanceName, int newPort, int newManagementPort,
            Map<String, String> overrides) {
        Map<String, String> replaced = new java.util.LinkedHashMap<>(overrides);
        replaced.put("quarkus.http.port", Integer.toString(newPort));
        replaced.put("quarkus.management.port", Integer.toString(newManagementPort));
        List<String> changed = new ArrayList<>();
        for (String argument : command) {
            String key = argument.startsWith("-D") && argument.contains("=")
                    ? argument.substring(2, argument.indexOf('=')) : null;
            if (key != null && replaced.containsKey(key)) {
                changed.add("-D" + key + "=" + replaced.remove(key));
            } else if (argument.equals("-jar")) {
                replaced.forEach((k, v) -> changed.add("-D" + k + "=" + v));
                replaced.clear();
                changed.add(argument);
            } else {
                changed.add(argument);
            }
        }
        return spawn(instanceName, changed, directory, newPort, newManagementPort,
                log.resolveSibling(instanceName + ".log"));
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where health and metrics answer (never on {@link #baseUrl()}). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the readiness probe answers 200 (database and Kafka connected). */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log
                        + tailOfLog());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log + tailOfLog());
    }

    /**
     * The last lines of the service's log, for the failure's message: a suite that fails to start removes its
     * temporary folder with the logs, and a CI run keeps only what the build printed.
     */
    private String tailOfLog() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return "; its last lines:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** Stops the service gracefully (SIGTERM), forcibly after 20 seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
