import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.postgresql.PGConnection;

/**
 * Benchmark of the findings bulk import. Each of 3 rounds (-Drounds=) generates a CSV file of N findings over
 * N / 5 app names new to the service, loads it with PostgreSQL's own COPY into a plain table on the same server,
 * imports it through the packaged notice-service's API streamed (every app new: created and audited), then
 * imports the same file again spooled (apps known), and prints the times; after each import it waits until the
 * service's audit sealer has chained the new audit records (and prints how long), so that the sealing does not
 * run inside the next measurement. COPY and imports alternate so load
 * drift on a shared machine hits both. Medians are printed, with the service's peak resident set during each import
 * (reset before it). Given several sizes (1000000,10000000), each size's medians are compared with the first size's
 * scaled by the number of findings. Then the plans of the queries that read findings.
 * PostgreSQL keeps its durable defaults (fsync on). Run with bench/findings-import-bench/run.sh [N].
 */
public final class FindingsImportBench {

    private static final String[] PROBLEMS = {"collect-without-consent", "collect-beyond-scope", "use-beyond-purpose",
            "excessive-permissions", "frequent-self-start", "deceptive-download"};
    private static final String[] STORES = {"huawei", "xiaomi", "oppo", "vivo", "tencent", "360", "baidu", "wandoujia"};
    private static final String[] CREDIT_CODES = {"91110108551385082Q", "9144030071526726XG", "91330100799655058B"};

    /** The file format: CSV (default) or NDJSON with -Dformat=ndjson (then COPY loads its lines as one text column). */
    private static final boolean NDJSON = "ndjson".equalsIgnoreCase(System.getProperty("format", "csv"));
    private static final String MEDIA_TYPE = NDJSON ? "application/x-ndjson" : "text/csv";

    public static void main(String[] args) throws Exception {
        int[] sizes = java.util.Arrays.stream((args.length > 0 ? args[0] : "1000000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        Path jar = Path.of(args.length > 1 ? args[1] : "notice-service/target/quarkus-app/quarkus-run.jar");
        run(Files.createTempDirectory("findings-bench-"), sizes, jar);
    }

    /**
     * Runs the rounds of each size, one size after the other, against one service and one database, and compares each
     * size's imports with the first size's scaled by the number of findings (how cost grows with work).
     */
    private static void run(Path work, int[] sizes, Path jar) throws Exception {
        DevStack.Settings settings = new DevStack.Settings(work.resolve("stack"), true, true, Ports.free(),
                Ports.free(), Ports.free(), List.of("notice"));
        try (DevStack stack = DevStack.start(settings)) {
            Path key = SigningKeys.ensure(work.resolve("keys"));
            System.setProperty(DevStackResource.SIGNING_KEY_PROPERTY, key.toString());
            int port = Ports.free();
            Map<String, String> serviceSettings = new java.util.HashMap<>(Map.of(
                    "quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl("notice"),
                    "kafka.bootstrap.servers", stack.kafka().bootstrapServers(),
                    "mp.jwt.verify.publickey.location", SigningKeys.publicKeyOf(key).toUri().toString()));
            int largest = java.util.Arrays.stream(sizes).max().orElseThrow();
            if ((long) largest * BYTES_PER_FINDING_AT_MOST > 2L * 1024 * 1024 * 1024) {
                // The service takes bodies of up to 2 GiB (its disk room is sized for that in deploy/); an operator
                // who imports larger files raises the bound, as this run does for its largest file.
                serviceSettings.put("quarkus.http.limits.max-body-size", "8G");
                System.out.println("files over 2 GiB: the service runs with quarkus.http.limits.max-body-size=8G");
            }
            try (ServiceProcess service = ServiceProcess.start("notice-service", jar, port, serviceSettings,
                    work.resolve("logs"), serviceJvmOptions())) {
                service.awaitReady(Duration.ofSeconds(90));
                System.out.printf("service started: resident set %d MB, JVM options %s%n",
                        ProcessMemory.residentKb(service.pid()) / 1024, serviceJvmOptions());
                String jdbcUrl = stack.postgres().jdbcUrl("notice");
                List<SizeResult> results = new java.util.ArrayList<>();
                for (int findings : sizes) {
                    results.add(rounds(work, service, jdbcUrl, findings));
                }
                compareGrowth(results);
                explainLookups(jdbcUrl);
            }
        }
    }

    /** A generous bound of one generated line's bytes (they are about 272), to know a file's size before it is made. */
    private static final long BYTES_PER_FINDING_AT_MOST = 300;

    /** The medians of one size's rounds, and the service's largest peak resident set during its imports. */
    private record SizeResult(int findings, double copy, double streamed, double spooled, long peakKb) {
    }

    private static SizeResult rounds(Path work, ServiceProcess service, String jdbcUrl, int findings) throws Exception {
        int rounds = Integer.getInteger("rounds", 3);
        double[] copies = new double[rounds];
        double[] streamed = new double[rounds];
        double[] spooled = new double[rounds];
        Path csv = work.resolve(NDJSON ? "findings.ndjson" : "findings.csv");
        long bytes = 0;
        long peakKb = 0;
        for (int round = 0; round < rounds; round++) {
            String prefix = "n" + findings + "r" + round;
            bytes = generate(csv, findings, prefix);
            copies[round] = copyBaseline(jdbcUrl, csv);
            ProcessMemory.resetPeak(service.pid());
            streamed[round] = importStreamed(service.baseUrl(), csv, findings);
            long streamedPeak = ProcessMemory.peakResidentKb(service.pid());
            awaitSealed(jdbcUrl);
            ProcessMemory.resetPeak(service.pid());
            spooled[round] = importThroughApi(service.baseUrl(), csv, findings);
            long spooledPeak = ProcessMemory.peakResidentKb(service.pid());
            peakKb = Math.max(peakKb, Math.max(streamedPeak, spooledPeak));
            awaitSealed(jdbcUrl);
            System.out.printf("%,d findings, round %d: COPY %.2f s, streamed import (apps new) %.2f s (ratio %.2f), "
                    + "spooled import of the same file (apps known) %.2f s (ratio %.2f); service's peak resident set "
                    + "%d MB streamed, %d MB spooled, %d MB after%n", findings, round + 1, copies[round],
                    streamed[round], streamed[round] / copies[round], spooled[round], spooled[round] / copies[round],
                    streamedPeak / 1024, spooledPeak / 1024, ProcessMemory.residentKb(service.pid()) / 1024);
        }
        Files.deleteIfExists(csv);
        double copy = median(copies);
        System.out.printf("median of %d rounds (%,d findings a file, %,d bytes, apps drawn from %,d names, "
                + "new to the service in each round's first import):%n", rounds, findings, bytes,
                Math.max(1, findings / 5));
        System.out.printf("PostgreSQL COPY of the same file: %.2f s (%,.0f rows/s)%n", copy, findings / copy);
        report("streamed, apps new (open job, PUT file)", streamed, copies, findings);
        report("spooled, apps known (POST file, poll job)", spooled, copies, findings);
        System.out.println("target: ratio at most 2.00");
        System.out.printf("service's largest peak resident set during an import of %,d findings: %d MB%n", findings,
                peakKb / 1024);
        return new SizeResult(findings, copy, median(streamed), median(spooled), peakKb);
    }

    /** Each size against the first size's medians scaled linearly: 1.00 means the cost grows with the work only. */
    private static void compareGrowth(List<SizeResult> results) {
        SizeResult base = results.get(0);
        for (SizeResult result : results.subList(1, results.size())) {
            double scale = (double) result.findings() / base.findings();
            System.out.printf("%,d findings against %.0f x %,d: COPY %.2f s vs %.2f s (%.2f), streamed %.2f s vs %.2f s "
                    + "(%.2f), spooled %.2f s vs %.2f s (%.2f); peak resident set %d MB vs %d MB%n", result.findings(),
                    scale, base.findings(), result.copy(), scale * base.copy(), result.copy() / (scale * base.copy()),
                    result.streamed(), scale * base.streamed(), result.streamed() / (scale * base.streamed()),
                    result.spooled(), scale * base.spooled(), result.spooled() / (scale * base.spooled()),
                    result.peakKb() / 1024, base.peakKb() / 1024);
        }
    }

    /** The service's JVM options: -Xmx1g plus any given in -Dbench.service-jvm= (a profiler, say), split on spaces. */
    private static List<String> serviceJvmOptions() {
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx1g"));
        String more = System.getProperty("bench.service-jvm", "").strip();
        if (!more.isEmpty()) {
            options.addAll(List.of(more.split("\\s+")));
        }
        return options;
    }

    private static void report(String how, double[] times, double[] copies, int findings) {
        double[] ratios = new double[times.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = times[i] / copies[i];
        }
        double imported = median(times);
        System.out.printf("import %s: %.2f s (%,.0f findings/s), ratio to COPY %.2f (median of the rounds' ratios "
                + "%.2f)%n", how, imported, findings / imported, imported / median(copies), median(ratios));
    }

    private static long generate(Path csv, int findings, String prefix) throws IOException {
        Random random = new Random(20211209);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            if (!NDJSON) {
                out.write("packageName,appName,version,sourceStore,problems,evidence,references,detectedAt,"
                        + "operatorName,operatorCreditCode,filingNumber\n");
            }
            for (int i = 0; i < findings; i++) {
                int app = random.nextInt(Math.max(1, findings / 5));
                String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
                String second = random.nextBoolean() ? PROBLEMS[random.nextInt(PROBLEMS.length)] : null;
                String version = (1 + random.nextInt(9)) + "." + random.nextInt(20) + ".0";
                String store = STORES[random.nextInt(STORES.length)];
                String evidence = "首次启动时未经同意读取设备标识符, 截图第" + (i % 7 + 1) + "页";
                String detectedAt = "2021-10-" + String.format("%02d", 1 + random.nextInt(28)) + "T10:"
                        + String.format("%02d", random.nextInt(60)) + ":00+08:00";
                String filing = app % 2 == 0 ? "京ICP备" + (10000000 + app) + "号-1A" : "";
                String pkg = "com.bench." + prefix + ".app" + app;
                if (NDJSON) {
                    out.write("{\"packageName\":\"" + pkg + "\",\"appName\":\"测试应用" + app + "\",\"version\":\"" + version
                            + "\",\"sourceStore\":\"" + store + "\",\"problems\":[\"" + problem + "\""
                            + (second == null ? "" : ",\"" + second + "\"") + "],\"evidence\":\"" + evidence
                            + "\",\"references\":[\"evidence/" + i + ".png\",\"video/" + i + ".mp4\"],\"detectedAt\":\""
                            + detectedAt + "\",\"operatorName\":\"测试科技有限公司" + (app % 3) + "\",\"operatorCreditCode\":\""
                            + CREDIT_CODES[app % 3] + "\"" + (filing.isEmpty() ? "" : ",\"filingNumber\":\"" + filing + "\"")
                            + "}\n");
                } else {
                    out.write(pkg + ",测试应用" + app + "," + version + "," + store + "," + problem
                            + (second == null ? "" : ";" + second) + ",\"" + evidence + "\",evidence/" + i
                            + ".png;video/" + i + ".mp4," + detectedAt + ",测试科技有限公司" + (app % 3) + ","
                            + CREDIT_CODES[app % 3] + "," + filing + "\n");
                }
            }
        }
        return Files.size(csv);
    }

    private static String batch(HttpClient http, String baseUrl, String token, int expected) throws Exception {
        HttpResponse<String> batch = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/batches"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"bench\",\"runBy\":\"MINISTRY\","
                        + "\"runFrom\":\"2021-10-01\",\"runTo\":\"2021-10-31\",\"appsTested\":" + expected + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return field(batch.body(), "id");
    }

    /**
     * The client of the imports. It speaks HTTP/1.1 to the service, as the gateway's proxy does (Vert.x's client
     * default), unless -Dhttp2=true: Java's client would otherwise upgrade the connection to cleartext HTTP/2, which
     * no caller of the service uses in the deployment.
     */
    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(Boolean.getBoolean("http2") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1).build();
    }

    private static double importStreamed(String baseUrl, Path csv, int expected) throws Exception {
        HttpClient http = client();
        String token = TestTokens.user("bench.official", "official");
        String batchId = batch(http, baseUrl, token, expected);
        long start = System.nanoTime();
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/findings/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"batchId\":\"" + batchId + "\",\"format\":\""
                        + (NDJSON ? "NDJSON" : "CSV") + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String jobId = field(opened.body(), "id");
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/findings/imports/" + jobId + "/file"))
                .header("Authorization", "Bearer " + token).header("Content-Type", MEDIA_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        String job = done.body();
        System.out.printf("streamed job: %s%n", job.length() > 400 ? job.substring(0, 400) : job);
        if (!job.contains("\"SUCCEEDED\"") || !job.contains("\"linesWritten\":" + expected)) {
            throw new IllegalStateException("Streamed import did not write every finding");
        }
        return seconds;
    }

    private static double importThroughApi(String baseUrl, Path csv, int expected) throws Exception {
        HttpClient http = client();
        String token = TestTokens.user("bench.official", "official");
        String batchId = batch(http, baseUrl, token, expected);
        long start = System.nanoTime();
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/findings/imports?batchId=" + batchId))
                .header("Authorization", "Bearer " + token).header("Content-Type", MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (submitted.statusCode() != 202) {
            throw new IllegalStateException("Import refused: " + submitted.statusCode() + " " + submitted.body());
        }
        double uploaded = (System.nanoTime() - start) / 1e9;
        String location = submitted.headers().firstValue("Location").orElseThrow();
        String job;
        do {
            Thread.sleep(100);
            job = http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } while (job.contains("\"RUNNING\""));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("spooled upload accepted after %.2f s; job: %s%n", uploaded, job.length() > 400 ? job.substring(0, 400) : job);
        if (!job.contains("\"SUCCEEDED\"") || !job.contains("\"linesWritten\":" + expected)) {
            throw new IllegalStateException("Import did not write every finding");
        }
        return seconds;
    }

    private static double copyBaseline(String jdbcUrl, Path csv) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS copy_baseline");
                statement.execute(NDJSON ? "CREATE TABLE copy_baseline (line TEXT)" : """
                        CREATE TABLE copy_baseline (package_name TEXT, app_name TEXT, app_version TEXT,
                            source_store TEXT, problems TEXT, evidence TEXT, evidence_refs TEXT, detected_at TIMESTAMPTZ,
                            operator_name TEXT, operator_credit_code TEXT, filing_number TEXT)""");
            }
            long start = System.nanoTime();
            // The file's bytes as they are (the database's encoding is UTF-8): no decoding in this JVM beside the COPY.
            try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
                long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(NDJSON ? "COPY copy_baseline FROM STDIN (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')"
                                : "COPY copy_baseline FROM STDIN (FORMAT csv, HEADER true)", in);
                System.out.printf("COPY loaded %,d rows%n", rows);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** The plans of the queries that read findings, over every partition the rounds wrote. */
    private static void explainLookups(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE finding");
            String batch;
            long id;
            try (var rows = statement.executeQuery("SELECT batch_id, id FROM finding ORDER BY id DESC LIMIT 1")) {
                rows.next();
                batch = rows.getString(1);
                id = rows.getLong(2);
            }
            try (var rows = statement.executeQuery("SELECT count(*), count(DISTINCT tableoid) FROM finding")) {
                rows.next();
                System.out.printf("%nfinding holds %,d rows in %d partitions; plans of the queries that read it:%n",
                        rows.getLong(1), rows.getLong(2));
            }
            for (String query : List.of(
                    "SELECT f.id, a.name FROM finding f JOIN app a ON a.package_name = f.package_name "
                            + "WHERE hashtext(f.package_name) = hashtext('com.bench.r0.app7') AND f.package_name = "
                            + "'com.bench.r0.app7' AND f.id > 0 ORDER BY f.id LIMIT 100",
                    "SELECT f.id FROM finding f WHERE f.batch_id = '" + batch + "' AND f.id > 0 ORDER BY f.id LIMIT 100",
                    "SELECT count(*) FROM finding WHERE batch_id = '" + batch + "'",
                    "SELECT f.id, f.package_name FROM finding f WHERE f.id IN (" + id + ", " + (id - 1) + ", 1)")) {
                System.out.println("\n" + query);
                try (var plan = statement.executeQuery("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + query)) {
                    while (plan.next()) {
                        System.out.println("  " + plan.getString(1));
                    }
                }
            }
        }
    }

    /**
     * Waits until the service's audit sealer has chained every audit record (a new app leaves one), so that the
     * next measurement does not share the server with it; prints how long that took.
     */
    private static void awaitSealed(String jdbcUrl) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            long unsealed;
            do {
                try (var rows = statement.executeQuery("SELECT count(*) FROM audit_trail WHERE chain_seq IS NULL")) {
                    rows.next();
                    unsealed = rows.getLong(1);
                }
                if (unsealed > 0) {
                    Thread.sleep(200);
                }
            } while (unsealed > 0 && System.nanoTime() - start < 300_000_000_000L);
            System.out.printf("audit records sealed %.2f s after the import answered (%d left)%n",
                    (System.nanoTime() - start) / 1e9, unsealed);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }
}
