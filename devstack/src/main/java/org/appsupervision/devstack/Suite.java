package org.appsupervision.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole suite on one machine: devstack's PostgreSQL and Kafka plus the four packaged services,
 * each in its own JVM. Stops services first, then Kafka, then PostgreSQL.
 */
public final class Suite implements AutoCloseable {

    /**
     * How long a service may take to answer ready before the start counts as failed. Not a speed target (the
     * benchmarks measure starts): on a loaded two-core machine four services starting at once took over two minutes,
     * while a service that exits fails at once whatever this says. {@code -Ddevstack.ready-timeout=PT8M} gives more.
     */
    static final Duration READY_WITHIN = Duration.parse(System.getProperty("devstack.ready-timeout", "PT5M"));

    /** Database of each service, in the shared PostgreSQL server. */
    public static final List<String> DATABASES = List.of("notice", "appstore", "penalty", "gateway");

    /**
     * How to run the suite: where the repository is (for the packaged jars), the devstack settings,
     * the services' ports, the takedown clock, the demonstration credentials, extra settings of
     * notice-service (a test's shorter schedules, for example {@code notice.deadline-watch.every}), extra
     * settings of all four (a test's tracing, for example) and the JVM options of all four beside their heap.
     */
    public record Options(Path repository, DevStack.Settings stack, int gatewayPort, int noticePort,
            int appstorePort, int penaltyPort, Duration takedownSla, Duration overdueCheckEvery,
            String demoPassword, String storeSecretPrefix, Map<String, String> noticeSettings,
            Map<String, String> everyServiceSettings, List<String> serviceJvmOptions) {

        /**
         * The services compile with the JIT's first tier only. Half of a service's CPU to start went to the C2
         * compiler threads, and a cold start runs four services at once on two cores (docs/benchmarks.md, cold
         * start); the local run and the tests start often and run little. Benchmarks and deployments keep both tiers
         * for peak speed.
         */
        public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

        /** Both JIT tiers, as deployed: what the benchmarks measure. */
        public static final List<String> PEAK = List.of();

        /** Options with the services' JVMs tuned for peak speed, as deployed (benchmarks). */
        public Options(Path repository, DevStack.Settings stack, int gatewayPort, int noticePort, int appstorePort,
                int penaltyPort, Duration takedownSla, Duration overdueCheckEvery, String demoPassword,
                String storeSecretPrefix, Map<String, String> noticeSettings,
                Map<String, String> everyServiceSettings) {
            this(repository, stack, gatewayPort, noticePort, appstorePort, penaltyPort, takedownSla,
                    overdueCheckEvery, demoPassword, storeSecretPrefix, noticeSettings, everyServiceSettings, PEAK);
        }

        /** The same options with these settings added to notice-service's. */
        public Options withNoticeSettings(Map<String, String> settings) {
            Map<String, String> merged = new HashMap<>(noticeSettings);
            merged.putAll(settings);
            return new Options(repository, stack, gatewayPort, noticePort, appstorePort, penaltyPort, takedownSla,
                    overdueCheckEvery, demoPassword, storeSecretPrefix, Map.copyOf(merged), everyServiceSettings,
                    serviceJvmOptions);
        }

        /** The same options with these settings added to every service's (the gateway's too). */
        public Options withEveryServiceSettings(Map<String, String> settings) {
            Map<String, String> merged = new HashMap<>(everyServiceSettings);
            merged.putAll(settings);
            return new Options(repository, stack, gatewayPort, noticePort, appstorePort, penaltyPort, takedownSla,
                    overdueCheckEvery, demoPassword, storeSecretPrefix, noticeSettings, Map.copyOf(merged),
                    serviceJvmOptions);
        }

        /** The same options with these JVM options for the services ({@link #QUICK_START}, {@link #PEAK} ...). */
        public Options withServiceJvmOptions(List<String> jvmOptions) {
            return new Options(repository, stack, gatewayPort, noticePort, appstorePort, penaltyPort, takedownSla,
                    overdueCheckEvery, demoPassword, storeSecretPrefix, noticeSettings, everyServiceSettings,
                    List.copyOf(jvmOptions));
        }

        /**
         * The management port (health, metrics) that goes with a service's port: the local run's documented ports
         * 8080 to 8083 have 9080 to 9083, as in the services' settings; any other port gets a free one.
         */
        int managementPortOf(int port) {
            return port >= 8080 && port <= 8083 ? port + 1000 : Ports.free();
        }

        /** Tests: free ports and a temporary folder; the takedown clock runs in seconds. */
        public static Options forTests(Path repository, Duration takedownSla, String demoPassword,
                String storeSecretPrefix) {
            return new Options(repository, DevStack.Settings.forTests(DATABASES), Ports.free(), Ports.free(),
                    Ports.free(), Ports.free(), takedownSla, Duration.ofSeconds(1), demoPassword, storeSecretPrefix, Map.of(), Map.of(),
                    QUICK_START);
        }

        /** Benchmarks: free ports, a temporary folder, durable PostgreSQL, the 24 h takedown clock. */
        public static Options forBenchmarks(Path repository, String demoPassword, String storeSecretPrefix) {
            return new Options(repository, DevStack.Settings.forBenchmarks(DATABASES), Ports.free(), Ports.free(),
                    Ports.free(), Ports.free(), Duration.ofHours(24), Duration.ofSeconds(30), demoPassword,
                    storeSecretPrefix, Map.of(), Map.of());
        }

        /** The local run: documented ports, data kept under {@code dataDir}. */
        public static Options forLocalRun(Path repository, Path dataDir, String demoPassword,
                String storeSecretPrefix) {
            return new Options(repository, DevStack.Settings.forLocalRun(dataDir, DATABASES), 8080, 8081, 8082,
                    8083, Duration.ofHours(24), Duration.ofSeconds(30), demoPassword, storeSecretPrefix, Map.of(), Map.of(),
                    QUICK_START);
        }
    }

    private final DevStack stack;
    private final List<ServiceProcess> services;
    private final ServiceProcess gateway;

    private Suite(DevStack stack, List<ServiceProcess> services, ServiceProcess gateway) {
        this.stack = stack;
        this.services = new java.util.concurrent.CopyOnWriteArrayList<>(services);
        this.gateway = gateway;
    }

    public static Suite start(Options options) {
        DevStack stack = DevStack.start(options.stack());
        List<ServiceProcess> started = new ArrayList<>();
        try {
            Path root = options.stack().root();
            Path signingKey = SigningKeys.ensure(root.resolve("keys"));
            Path logs = root.resolve("logs");
            String jwks = "http://127.0.0.1:" + options.gatewayPort() + "/.well-known/jwks.json";

            Map<String, String> noticeSettings = new HashMap<>(options.noticeSettings());
            noticeSettings.put("mp.jwt.verify.publickey.location", jwks);
            ServiceProcess notice = spawn(options, "notice-service", options.noticePort(), stack, "notice",
                    noticeSettings, logs);
            started.add(notice);
            Map<String, String> appstoreSettings = new HashMap<>(Map.of(
                    "mp.jwt.verify.publickey.location", jwks,
                    "appstore.takedown-sla", options.takedownSla().toString(),
                    "quarkus.config.locations", WebhookSecretKey.ensure(root.resolve("keys")).toUri().toString(),
                    "appstore.overdue-check-every", options.overdueCheckEvery().toSeconds() + "s"));
            ServiceProcess appstore = spawn(options, "appstore-service", options.appstorePort(), stack, "appstore",
                    appstoreSettings, logs);
            started.add(appstore);
            ServiceProcess penalty = spawn(options, "penalty-service", options.penaltyPort(), stack, "penalty",
                    Map.of("mp.jwt.verify.publickey.location", jwks), logs);
            started.add(penalty);
            ServiceProcess gateway = spawn(options, "gateway", options.gatewayPort(), stack, "gateway", Map.of(
                    "gateway.jwt.signing-key-location", signingKey.toString(),
                    "gateway.routes.notice", notice.baseUrl(),
                    "gateway.routes.appstore", appstore.baseUrl(),
                    "gateway.routes.penalty", penalty.baseUrl(),
                    "gateway.demo.enabled", "true",
                    "gateway.demo.password", options.demoPassword(),
                    "gateway.demo.store-secret-prefix", options.storeSecretPrefix()), logs);
            started.add(gateway);

            CompletableFuture.allOf(started.stream()
                    .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(READY_WITHIN)))
                    .toArray(CompletableFuture[]::new)).join();
            return new Suite(stack, List.copyOf(started), gateway);
        } catch (RuntimeException e) {
            started.forEach(ServiceProcess::close);
            stack.close();
            throw e;
        }
    }

    public String gatewayUrl() {
        return gateway.baseUrl();
    }

    public DevStack stack() {
        return stack;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** The running process of a service by its module name (notice-service, appstore-service ...). */
    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /**
     * Starts one more instance of a service beside the running one (scale-out tests), with these settings replaced
     * (a second gateway's route to a second appstore-service, for example), waits until it is ready and stops it with
     * the suite. Its name is the service's with {@code #2}, {@code #3} ... appended.
     */
    public ServiceProcess startAnotherInstance(String name, Map<String, String> overrides) {
        ServiceProcess first = service(name);
        long running = services.stream().filter(s -> s.name().equals(name) || s.name().startsWith(name + "#")).count();
        ServiceProcess another = first.anotherInstance(name + "#" + (running + 1), Ports.free(), Ports.free(),
                overrides);
        services.add(another);
        another.awaitReady(READY_WITHIN);
        return another;
    }

    /** Kills a service with SIGKILL, starts it again with the same settings, and waits until it is ready. */
    public ServiceProcess killAndRestart(String name) {
        return killAndRestart(name, () -> {
        });
    }

    /** Kills the service, runs {@code whileDown} (to look at what the dead process left), then restarts it. */
    public ServiceProcess killAndRestart(String name, Runnable whileDown) {
        ServiceProcess old = service(name);
        old.kill();
        whileDown.run();
        ServiceProcess restarted = old.restart();
        services.set(services.indexOf(old), restarted);
        restarted.awaitReady(READY_WITHIN);
        return restarted;
    }

    @Override
    public void close() {
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(service::close))
                .toArray(CompletableFuture[]::new)).join();
        stack.close();
    }

    private static ServiceProcess spawn(Options options, String module, int port, DevStack stack, String database,
            Map<String, String> extra, Path logs) {
        Map<String, String> settings = new HashMap<>(options.everyServiceSettings());
        settings.putAll(extra);
        settings.put("quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl(database));
        settings.put("quarkus.datasource.username", Postgres.USER);
        settings.put("quarkus.datasource.password", Postgres.PASSWORD);
        settings.put("kafka.bootstrap.servers", stack.kafka().bootstrapServers());
        // Pooled connections that sat idle through a PostgreSQL restart are checked before use.
        settings.putIfAbsent("quarkus.datasource.jdbc.foreground-validation-interval", "1S");
        Path jar = options.repository().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        List<String> jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx" + heapOf(module), "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError"));
        jvmOptions.addAll(options.serviceJvmOptions());
        return ServiceProcess.start(module, jar, port, options.managementPortOf(port), settings, logs, jvmOptions);
    }

    /**
     * The gateway holds more at once than the services: the bodies of its own endpoints on every worker thread, and
     * its caches of verified tokens and rate-limit buckets filled by a flood of distinct addresses (gateway README,
     * "Body limits and heap"); the same heap as in deploy/.
     */
    private static String heapOf(String module) {
        return "gateway".equals(module) ? "512m" : "384m";
    }
}
