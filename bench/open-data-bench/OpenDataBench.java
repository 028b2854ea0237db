import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appsupervision.devstack.DevStack;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.Ports;
import org.appsupervision.devstack.ProcessMemory;
import org.appsupervision.devstack.Postgres;
import org.appsupervision.devstack.ServiceProcess;
import org.appsupervision.devstack.SigningKeys;
import org.appsupervision.devstack.TestTokens;

/**
 * Benchmark of writing notice-service's open-data dump of one day: N published notices of K apps each, every app in
 * two stores with two problems (N x K x 2 rows of the notices dataset), generated in the service's database in one
 * statement per table, then one admin request that writes the day's dump (CSV and JSON Lines of the three datasets,
 * stored in PostgreSQL as 1 MiB chunks). Prints the time of the request, the rows and bytes written, and the service
 * process's peak resident memory (VmHWM) before and after, with its heap limit ({@code -DserviceHeap=512m}); then
 * resets the peak and downloads every file as a client would (checking size and SHA-256), and prints the peak of
 * serving. PostgreSQL keeps its durable defaults.
 */
public final class OpenDataBench {

    public static void main(String[] args) throws Exception {
        int notices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of("notice-service/target/quarkus-app/quarkus-run.jar");
        Path work = Files.createTempDirectory("open-data-bench-");
        DevStack.Settings settings = new DevStack.Settings(work.resolve("stack"), true, true, Ports.free(),
                Ports.free(), Ports.free(), List.of("notice"));
        try (DevStack stack = DevStack.start(settings)) {
            Path key = SigningKeys.ensure(work.resolve("keys"));
            System.setProperty(DevStackResource.SIGNING_KEY_PROPERTY, key.toString());
            String heap = System.getProperty("serviceHeap", "512m");
            try (ServiceProcess service = ServiceProcess.start("notice-service", jar, Ports.free(), Map.of(
                    "quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl("notice"),
                    "kafka.bootstrap.servers", stack.kafka().bootstrapServers(),
                    "mp.jwt.verify.publickey.location", SigningKeys.publicKeyOf(key).toUri().toString()),
                    work.resolve("logs"), List.of("-Xmx" + heap))) {
                service.awaitReady(Duration.ofSeconds(120));
                LocalDate day = LocalDate.of(2021, 12, 9);
                long generated = System.nanoTime();
                generate(stack.postgres().jdbcUrl("notice"), notices, items, day);
                System.out.printf("generated %,d notices x %d apps x 2 stores in %.1f s%n", notices, items,
                        (System.nanoTime() - generated) / 1e9);
                long before = ProcessMemory.peakResidentKb(service.pid());
                long start = System.nanoTime();
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl() + "/api/admin/open-data/notice-service/dumps"))
                        .header("Authorization", "Bearer " + TestTokens.user("bench.admin", "admin"))
                        .header("Content-Type", "application/json").timeout(Duration.ofHours(1))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + day + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                }
                System.out.printf("open-data dump of %s (%,d notices, %,d apps): %.1f s; service heap limit %s;"
                        + " peak RSS before %,d MiB, after %,d MiB%n", day, notices, (long) notices * items, seconds,
                        heap, before / 1024, ProcessMemory.peakResidentKb(service.pid()) / 1024);
                Matcher file = Pattern.compile("\"name\":\"([^\"]+)\".*?\"sha256\":\"([0-9a-f]{64})\",\"bytes\":(\\d+),\"rows\":(\\d+)")
                        .matcher(answer.body());
                Map<String, String[]> files = new java.util.LinkedHashMap<>();
                while (file.find()) {
                    System.out.printf("  %-36s %,15d bytes %,12d rows%n", file.group(1), Long.parseLong(file.group(3)),
                            Long.parseLong(file.group(4)));
                    files.put(file.group(1), new String[] {file.group(2), file.group(3)});
                }
                ProcessMemory.resetPeak(service.pid());
                long beforeDownloads = ProcessMemory.peakResidentKb(service.pid());
                for (Map.Entry<String, String[]> f : files.entrySet()) {
                    download(service.baseUrl() + "/api/public/open-data/notice-service/files/" + day + "/" + f.getKey(),
                            f.getValue()[0], Long.parseLong(f.getValue()[1]));
                }
                System.out.printf("downloads of every file: peak RSS before %,d MiB (reset after the dump), after %,d MiB%n",
                        beforeDownloads / 1024, ProcessMemory.peakResidentKb(service.pid()) / 1024);
            }
        }
    }

    /** Published takedown notices of the day with their items, problems and stores, unaudited (one bulk job). */
    static void generate(String jdbcUrl, int notices, int items, LocalDate day) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL supervision.audit_bulk = 'open-data benchmark'");
            s.execute("""
                    INSERT INTO notice (id, kind, title, status, drafted_by, drafted_at, approved_by, approved_at,
                                        published_by, published_at)
                    SELECT md5('n' || g)::uuid, 'TAKEDOWN', '关于下架侵害用户权益APP名单的通报（基准 ' || g || '）', 'PUBLISHED',
                           'bench', TIMESTAMPTZ '%1$sT09:00:00+08:00', 'bench2', TIMESTAMPTZ '%1$sT10:00:00+08:00',
                           'bench2', TIMESTAMPTZ '%1$sT10:00:00+08:00' + g * INTERVAL '1 millisecond'
                    FROM generate_series(1, %2$d) g""".formatted(day, notices));
            s.execute("""
                    INSERT INTO notice_item (id, notice_id, seq, chain_id, app_name, package_name, app_version,
                                             operator_name, operator_credit_code, operator_province_code,
                                             refused_rectification, reported_by)
                    SELECT md5('i' || n || '-' || k)::uuid, md5('n' || n)::uuid, k, md5('c' || n || '-' || k)::uuid,
                           '基准应用' || n || '-' || k, 'com.bench.a' || n || '.k' || k, '1.' || k || '.0',
                           '某某科技有限公司' || mod(n, 997), '91110108551385082Q', '11', true, 'MINISTRY'
                    FROM generate_series(1, %d) n, generate_series(1, %d) k""".formatted(notices, items));
            s.execute("""
                    INSERT INTO notice_item_problem (item_id, problem_code)
                    SELECT i.id, p FROM notice_item i,
                           unnest(ARRAY['collect-beyond-scope', 'excessive-permissions']) p""");
            s.execute("""
                    INSERT INTO notice_item_store (item_id, store_code)
                    SELECT i.id, st FROM notice_item i, unnest(ARRAY['huawei', 'xiaomi']) st""");
            c.commit();
            s.execute("ANALYZE");
        }
    }

    /** Reads a file as a client would, checking its size and SHA-256 against the manifest; prints time and rate. */
    static void download(String url, String sha256, long bytes) throws Exception {
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofHours(1)).build(), HttpResponse.BodyHandlers.ofInputStream());
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        long read = 0;
        try (java.io.InputStream in = answer.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; read += n) {
                digest.update(buffer, 0, n);
            }
        }
        String sha = java.util.HexFormat.of().formatHex(digest.digest());
        if (answer.statusCode() != 200 || read != bytes || !sha.equals(sha256)
                || !answer.headers().firstValue("Content-Length").orElse("").equals(String.valueOf(bytes))) {
            throw new IllegalStateException(url + ": " + answer.statusCode() + ", " + read + " bytes, " + sha);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  downloaded %-60s %,15d bytes in %.1f s (%.0f MB/s), SHA-256 and Content-Length as listed%n",
                url.substring(url.lastIndexOf('/') + 1), read, seconds, read / 1e6 / seconds);
    }
}
