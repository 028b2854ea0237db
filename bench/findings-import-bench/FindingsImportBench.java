import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
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
import org.appsupervision.devstack.Postgres;
import org.appsupervision.devstack.ServiceProcess;
import org.appsupervision.devstack.SigningKeys;
import org.appsupervision.devstack.TestTokens;
import org.postgresql.PGConnection;

/**
 * Benchmark of the findings bulk import: generates a CSV file of N findings, imports it through the
 * packaged notice-service's API (upload, validation, COPY into staging, INSERT ... SELECT, commit),
 * then loads the same file with PostgreSQL's own COPY on the same server, and prints both times.
 * PostgreSQL keeps its durable defaults (fsync on). Each of 3 rounds (-Drounds=) runs COPY, then both imports, so load drift on a shared machine hits all three;
 * the medians are printed. Run with bench/findings-import-bench/run.sh [N].
 */
public final class FindingsImportBench {

    private static final String[] PROBLEMS = {"collect-without-consent", "collect-beyond-scope", "use-beyond-purpose",
            "excessive-permissions", "frequent-self-start", "deceptive-download"};
    private static final String[] STORES = {"huawei", "xiaomi", "oppo", "vivo", "tencent", "360", "baidu", "wandoujia"};
    private static final String[] CREDIT_CODES = {"91110108551385082Q", "9144030071526726XG", "91330100799655058B"};

    public static void main(String[] args) throws Exception {
        int findings = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path jar = Path.of(args.length > 1 ? args[1] : "notice-service/target/quarkus-app/quarkus-run.jar");
        Path work = Files.createTempDirectory("findings-bench-");
        Path csv = work.resolve("findings.csv");
        generate(csv, findings);
        System.out.printf("file: %,d findings, %,d bytes (%s)%n", findings, Files.size(csv), csv);

        try {
            run(work, csv, findings, jar);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void run(Path work, Path csv, int findings, Path jar) throws Exception {
        DevStack.Settings settings = new DevStack.Settings(work.resolve("stack"), true, true, Ports.free(),
                Ports.free(), Ports.free(), List.of("notice"));
        try (DevStack stack = DevStack.start(settings)) {
            Path key = SigningKeys.ensure(work.resolve("keys"));
            System.setProperty(DevStackResource.SIGNING_KEY_PROPERTY, key.toString());
            int port = Ports.free();
            try (ServiceProcess service = ServiceProcess.start("notice-service", jar, port, Map.of(
                    "quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl("notice"),
                    "kafka.bootstrap.servers", stack.kafka().bootstrapServers(),
                    "mp.jwt.verify.publickey.location", SigningKeys.publicKeyOf(key).toUri().toString()),
                    work.resolve("logs"), List.of("-Xmx1g"))) {
                service.awaitReady(Duration.ofSeconds(90));
                int rounds = Integer.getInteger("rounds", 3);
                double[] copies = new double[rounds];
                double[] streams = new double[rounds];
                double[] spools = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    copies[round] = copyBaseline(stack.postgres().jdbcUrl("notice"), csv);
                    streams[round] = importStreamed(service.baseUrl(), csv, findings);
                    spools[round] = importThroughApi(service.baseUrl(), csv, findings);
                    System.out.printf("round %d: COPY %.2f s, streamed import %.2f s (ratio %.2f), spooled import %.2f s (ratio %.2f)%n",
                            round + 1, copies[round], streams[round], streams[round] / copies[round], spools[round],
                            spools[round] / copies[round]);
                }
                double copy = median(copies);
                double streamed = median(streams);
                double spooled = median(spools);
                System.out.printf("median of %d rounds:%n", rounds);
                System.out.printf("PostgreSQL COPY of the same file: %.2f s (%,.0f rows/s)%n", copy, findings / copy);
                System.out.printf("import through the API, streamed (open job, PUT file): %.2f s (%,.0f findings/s), "
                        + "ratio to COPY %.2f%n", streamed, findings / streamed, streamed / copy);
                System.out.printf("import through the API, spooled (POST file, poll job): %.2f s (%,.0f findings/s), "
                        + "ratio to COPY %.2f%n", spooled, findings / spooled, spooled / copy);
                System.out.println("target: ratio at most 2.00");
            }
        }
    }

    private static void generate(Path csv, int findings) throws IOException {
        Random random = new Random(20211209);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("packageName,appName,version,sourceStore,problems,evidence,references,detectedAt,"
                    + "operatorName,operatorCreditCode,filingNumber\n");
            for (int i = 0; i < findings; i++) {
                int app = random.nextInt(Math.max(1, findings / 5));
                String problems = PROBLEMS[random.nextInt(PROBLEMS.length)]
                        + (random.nextBoolean() ? ";" + PROBLEMS[random.nextInt(PROBLEMS.length)] : "");
                out.write("com.bench.app" + app + ",测试应用" + app + "," + (1 + random.nextInt(9)) + "."
                        + random.nextInt(20) + ".0," + STORES[random.nextInt(STORES.length)] + "," + problems
                        + ",\"首次启动时未经同意读取设备标识符, 截图第" + (i % 7 + 1) + "页\",evidence/" + i
                        + ".png;video/" + i + ".mp4,2021-10-" + String.format("%02d", 1 + random.nextInt(28))
                        + "T10:" + String.format("%02d", random.nextInt(60)) + ":00+08:00,测试科技有限公司"
                        + (app % 3) + "," + CREDIT_CODES[app % 3] + "," + (app % 2 == 0 ? "京ICP备" + (10000000 + app)
                        + "号-1A" : "") + "\n");
            }
        }
    }

    private static String batch(HttpClient http, String baseUrl, String token, int expected) throws Exception {
        HttpResponse<String> batch = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/batches"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"bench\",\"runBy\":\"MINISTRY\","
                        + "\"runFrom\":\"2021-10-01\",\"runTo\":\"2021-10-31\",\"appsTested\":" + expected + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return field(batch.body(), "id");
    }

    private static double importStreamed(String baseUrl, Path csv, int expected) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = TestTokens.user("bench.official", "official");
        String batchId = batch(http, baseUrl, token, expected);
        long start = System.nanoTime();
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/findings/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"batchId\":\"" + batchId + "\",\"format\":\"CSV\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String jobId = field(opened.body(), "id");
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/findings/imports/" + jobId + "/file"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
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
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = TestTokens.user("bench.official", "official");
        String batchId = batch(http, baseUrl, token, expected);
        long start = System.nanoTime();
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/findings/imports?batchId=" + batchId))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
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
                statement.execute("""
                        CREATE TABLE copy_baseline (package_name TEXT, app_name TEXT, app_version TEXT,
                            source_store TEXT, problems TEXT, evidence TEXT, evidence_refs TEXT, detected_at TIMESTAMPTZ,
                            operator_name TEXT, operator_credit_code TEXT, filing_number TEXT)""");
            }
            long start = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY copy_baseline FROM STDIN (FORMAT csv, HEADER true)", in);
                System.out.printf("COPY loaded %,d rows%n", rows);
            }
            return (System.nanoTime() - start) / 1e9;
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
