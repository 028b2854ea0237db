import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.appsupervision.devstack.Ports;
import org.appsupervision.devstack.Postgres;
import org.appsupervision.devstack.ServiceProcess;
import org.appsupervision.devstack.SigningKeys;
import org.appsupervision.devstack.Suite;

/**
 * Calls one read endpoint of notice-service directly and through the gateway, alternating, with
 * the same token, concurrency and request count, and prints p50, p99 and throughput of each.
 * Four targets: direct; through nginx as a plain reverse proxy (the peer); through the gateway from
 * the local machine (exempt from rate limits);
 * through the gateway with a forwarded client address (two rate-limit buckets checked in PostgreSQL).
 * With {@code -Dbaseline=<a gateway's quarkus-app folder>} a second gateway packaged from other code (the code before
 * a change) runs beside the first, on the same services and database, and gets the same two targets: before and after
 * in one run. Each line also gives the proxy's CPU per request (the gateway's JVM, or nginx's processes) and
 * notice-service's, read from {@code /proc}, and the load average at its end: on a shared machine the CPU per
 * request is the steadier figure. The services run with both JIT tiers, as deployed. With {@code -Dprofile=<folder>}
 * each gateway records a JFR profile ({@code settings=profile}) of the measured rounds into that folder.
 */
public class GatewayBench {

    record Target(String name, String baseUrl, String forwardedFor, Supplier<List<Long>> proxyPids) {
    }

    record Result(double p50Ms, double p99Ms, double perSecond, int errors) {
    }

    /** USER_HZ, the unit of utime and stime in /proc/<pid>/stat, is 100 on Linux. */
    private static final double TICK_MS = 10.0;

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("requests", 4000);
        int concurrency = Integer.getInteger("concurrency", 8);
        int rounds = Integer.getInteger("rounds", 2);
        String path = System.getProperty("path", "/api/reference/provinces");
        Path repository = Path.of(System.getProperty("repository", "../..")).toAbsolutePath().normalize();
        String baseline = System.getProperty("baseline");
        String profile = System.getProperty("profile");
        Suite.Options options = Suite.Options.forTests(repository, Duration.ofHours(1), "bench-password-1",
                "bench-store-secret").withServiceJvmOptions(profile == null ? Suite.Options.PEAK
                        : List.of("-XX:FlightRecorderOptions:stackdepth=256"));
        try (Suite suite = Suite.start(options)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String token = login(http, suite.gatewayUrl());
            ServiceProcess noticeService = suite.service("notice-service");
            String notice = noticeService.baseUrl();
            Process nginx = Nginx.start(notice);
            Runtime.getRuntime().addShutdownHook(new Thread(nginx::destroy));
            // Its workers are forked after it listens: looked up at each reading.
            Supplier<List<Long>> nginxPids = () -> java.util.stream.Stream.concat(java.util.stream.Stream.of(nginx.pid()),
                    nginx.descendants().map(ProcessHandle::pid)).toList();
            long gatewayPid = suite.service("gateway").pid();
            List<Target> targets = new ArrayList<>(List.of(new Target("direct", notice, null, List::of),
                    new Target("nginx", Nginx.url(), null, nginxPids)));
            ServiceProcess before = null;
            if (baseline != null) {
                before = startBaseline(suite, Path.of(baseline).resolve("quarkus-run.jar"), options);
                Runtime.getRuntime().addShutdownHook(new Thread(before::close));
                long beforePid = before.pid();
                targets.add(new Target("gw-before", before.baseUrl(), null, () -> List.of(beforePid)));
                targets.add(new Target("gw+lim-before", before.baseUrl(), "203.0.113.7", () -> List.of(beforePid)));
            }
            targets.add(new Target("gateway", suite.gatewayUrl(), null, () -> List.of(gatewayPid)));
            targets.add(new Target("gateway+limits", suite.gatewayUrl(), "203.0.113.7", () -> List.of(gatewayPid)));
            // Both JIT tiers take tens of thousands of requests to settle: -Dwarmup=20000 for figures to compare.
            int warmup = Integer.getInteger("warmup", Math.min(1000, requests));
            for (Target target : targets) {
                run(http, target, path, token, warmup, concurrency);
            }
            if (profile != null) {
                for (Target target : targets) {
                    if (target.name().startsWith("g") && !target.name().contains("+")) {
                        jcmd(target.proxyPids().get().get(0), "JFR.start", "name=bench", "settings=profile");
                    }
                }
            }
            System.out.printf("GATEWAY-BENCH GET %s, %d requests per run after %d to warm up, concurrency %d, %d cores%n",
                    path, requests, warmup, concurrency, Runtime.getRuntime().availableProcessors());
            for (int round = 1; round <= rounds; round++) {
                for (Target target : targets) {
                    long proxyTicks = ticks(target.proxyPids().get());
                    long serviceTicks = ticks(List.of(noticeService.pid()));
                    Result r = run(http, target, path, token, requests, concurrency);
                    double proxyCpu = (ticks(target.proxyPids().get()) - proxyTicks) * TICK_MS * 1000 / requests;
                    double serviceCpu = (ticks(List.of(noticeService.pid())) - serviceTicks) * TICK_MS * 1000 / requests;
                    System.out.printf("GATEWAY-BENCH round %d %-15s p50 %6.2f ms  p99 %6.2f ms  %7.0f req/s  errors %d"
                                    + "  CPU/request proxy %4.0f us service %4.0f us  load %s%n",
                            round, target.name(), r.p50Ms(), r.p99Ms(), r.perSecond(), r.errors(), proxyCpu,
                            serviceCpu, loadAverage());
                }
            }
            if (profile != null) {
                for (Target target : targets) {
                    if (target.name().startsWith("g") && !target.name().contains("+")) {
                        Path file = Path.of(profile).toAbsolutePath().resolve(target.name() + ".jfr");
                        jcmd(target.proxyPids().get().get(0), "JFR.stop", "name=bench", "filename=" + file);
                        System.out.println("GATEWAY-BENCH profile of " + target.name() + ": " + file);
                    }
                }
            }
            nginx.destroy();
            if (before != null) {
                before.close();
            }
        }
    }

    /** A second gateway from another packaged folder, with the settings the suite gives its own. */
    private static ServiceProcess startBaseline(Suite suite, Path jar, Suite.Options options) {
        Path root = options.stack().root();
        Map<String, String> settings = new HashMap<>(Map.of(
                "gateway.jwt.signing-key-location", SigningKeys.ensure(root.resolve("keys")).toString(),
                "gateway.routes.notice", suite.service("notice-service").baseUrl(),
                "gateway.routes.appstore", suite.service("appstore-service").baseUrl(),
                "gateway.routes.penalty", suite.service("penalty-service").baseUrl(),
                "gateway.demo.enabled", "true",
                "gateway.demo.password", "bench-password-1",
                "gateway.demo.store-secret-prefix", "bench-store-secret"));
        settings.put("quarkus.datasource.jdbc.url", suite.stack().postgres().jdbcUrl("gateway"));
        settings.put("quarkus.datasource.username", Postgres.USER);
        settings.put("quarkus.datasource.password", Postgres.PASSWORD);
        settings.put("kafka.bootstrap.servers", suite.stack().kafka().bootstrapServers());
        List<String> jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError"));
        jvmOptions.addAll(options.serviceJvmOptions());
        ServiceProcess gateway = ServiceProcess.start("gateway-before", jar, Ports.free(), settings,
                root.resolve("logs"), jvmOptions);
        gateway.awaitReady(Duration.ofMinutes(5));
        return gateway;
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor();
    }

    private static long ticks(List<Long> pids) {
        long total = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (java.io.IOException | RuntimeException e) {
                // ended
            }
        }
        return total;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String login(HttpClient http, String gateway) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"wang.official\",\"password\":\"bench-password-1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        int start = body.indexOf("\"access_token\":\"") + 16;
        return body.substring(start, body.indexOf('"', start));
    }

    private static Result run(HttpClient http, Target target, String path, String token, int requests,
            int concurrency) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET();
                if (target.forwardedFor() != null) {
                    builder.header("X-Forwarded-For", target.forwardedFor());
                }
                HttpRequest request = builder.build();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.99) - 1] / 1e6,
                requests / (elapsed / 1e9), errors.get());
    }
}
