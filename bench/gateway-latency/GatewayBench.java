import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.appsupervision.devstack.ServiceProcess;
import org.appsupervision.devstack.Suite;

/**
 * Calls one read endpoint of notice-service directly and through the gateway, alternating, with
 * the same token, concurrency and request count, and prints p50, p99 and throughput of each.
 * Four targets: direct; through nginx as a plain reverse proxy (the peer); through the gateway from
 * the local machine (exempt from rate limits);
 * through the gateway with a forwarded client address (two rate-limit buckets checked in PostgreSQL).
 */
public class GatewayBench {

    record Target(String name, String baseUrl, String forwardedFor) {
    }

    record Result(double p50Ms, double p99Ms, double perSecond, int errors) {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("requests", 4000);
        int concurrency = Integer.getInteger("concurrency", 8);
        int rounds = Integer.getInteger("rounds", 2);
        String path = System.getProperty("path", "/api/reference/provinces");
        Path repository = Path.of(System.getProperty("repository", "../..")).toAbsolutePath().normalize();
        try (Suite suite = Suite.start(Suite.Options.forTests(repository, Duration.ofHours(1), "bench-password-1",
                "bench-store-secret"))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String token = login(http, suite.gatewayUrl());
            String notice = suite.services().stream().filter(s -> s.name().equals("notice-service"))
                    .map(ServiceProcess::baseUrl).findFirst().orElseThrow();
            Process nginx = Nginx.start(notice);
            Runtime.getRuntime().addShutdownHook(new Thread(nginx::destroy));
            List<Target> targets = List.of(new Target("direct", notice, null),
                    new Target("nginx", Nginx.url(), null),
                    new Target("gateway", suite.gatewayUrl(), null),
                    new Target("gateway+limits", suite.gatewayUrl(), "203.0.113.7"));
            for (Target target : targets) {
                run(http, target, path, token, Math.min(1000, requests), concurrency);
            }
            System.out.printf("GATEWAY-BENCH GET %s, %d requests per run, concurrency %d, %d cores%n", path, requests,
                    concurrency, Runtime.getRuntime().availableProcessors());
            for (int round = 1; round <= rounds; round++) {
                for (Target target : targets) {
                    Result r = run(http, target, path, token, requests, concurrency);
                    System.out.printf("GATEWAY-BENCH round %d %-15s p50 %6.2f ms  p99 %6.2f ms  %7.0f req/s  errors %d%n",
                            round, target.name(), r.p50Ms(), r.p99Ms(), r.perSecond(), r.errors());
                }
            }
            nginx.destroy();
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
