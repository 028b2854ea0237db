import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.Floor;
import org.appsupervision.devstack.GatewayHttp;
import org.appsupervision.devstack.ProcessMemory;
import org.appsupervision.devstack.ServiceProcess;
import org.appsupervision.devstack.Suite;
import org.appsupervision.devstack.SyntheticApps;

/**
 * Suite-level benchmarks: cold start of the whole suite to ready, a takedown notice's fan-out to
 * the store API against the floor of the same number of Kafka records and PostgreSQL rows, and
 * each service's resident memory after that load. Prints a table and appends it to
 * docs/benchmarks.md. Figures, not pass/fail.
 */
public class SuiteBench {

    static final String PASSWORD = "bench-password-1";
    static final String SECRET = "bench-store-secret";
    static final List<String> STORES = List.of("huawei", "xiaomi", "oppo", "vivo", "tencent", "qihoo360",
            "wandoujia", "apple", "baidu");

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int apps = args.length > 1 ? Integer.parseInt(args[1]) : 106;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Map<String, String> rows = new LinkedHashMap<>();
        if (!"0".equals(System.getenv("COLD_STARTS"))) {
            coldStarts(repository, rows);
        }

        long started = System.nanoTime();
        // SERVICE_SETTINGS="key=value;key=value" starts every service of the fan-outs with these settings (to compare
        // a setting with its default in one run, e.g. a consumer's fetch wait).
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : System.getenv().getOrDefault("SERVICE_SETTINGS", "").split(";")) {
            if (setting.contains("=")) {
                settings.put(setting.substring(0, setting.indexOf('=')).strip(), setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        if (!settings.isEmpty()) {
            rows.put("settings of every service for the fan-outs", settings.toString());
        }
        try (Suite suite = Suite.start(Suite.Options.forBenchmarks(repository, PASSWORD, SECRET)
                .withEveryServiceSettings(settings))) {
            rows.put("cold start of PostgreSQL, Kafka and 4 services to ready (as deployed, for the fan-outs)",
                    seconds(started));
            GatewayHttp http = new GatewayHttp(suite.gatewayUrl());
            int orders = apps * STORES.size();
            List<Double> fanOuts = new ArrayList<>();
            List<String> phases = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                FanOut fanOut = fanOut(http, apps, 1000L + run);
                fanOuts.add(fanOut.seconds());
                phases.add(fanOut.phases(suite));
            }
            rows.put("fan-out " + apps + " apps x 9 stores (" + orders + " orders) to the store API, runs",
                    fanOuts.stream().map(s -> String.format("%.2f s", s)).toList().toString());
            rows.put("where each fan-out's time went (ms after the publication request)", String.join("<br>", phases));
            String bootstrap = suite.stack().kafka().bootstrapServers();
            rows.put("floor: produce + consume " + orders + " records on the same broker",
                    String.format("%.2f s", Floor.kafkaMillis(bootstrap, orders) / 1000.0));
            rows.put("floor: batch insert of " + orders + " rows in the same PostgreSQL",
                    String.format("%.2f s", Floor.postgresMillis(suite.stack().postgres().jdbcUrl("appstore"), orders) / 1000.0));
            for (ServiceProcess service : suite.services()) {
                rows.put("RSS of " + service.name() + " after the fan-outs", ProcessMemory.residentKb(service.pid()) / 1024 + " MB");
            }
        }
        report(rows, String.join(" ", java.util.Arrays.asList(args).subList(Math.min(1, args.length), args.length)));
    }

    /**
     * Cold starts of the whole suite (a new PostgreSQL cluster, a new Kafka broker, four services migrating empty
     * databases) in three JVM set-ups, one after the other in this run: as before (the JDK's own class-data archive),
     * with each service's class-data archive, and with the archive and the first JIT tier only (the local run and the
     * tests). Each figure is the time to every service ready and the CPU the service JVMs and the broker used by then.
     */
    static void coldStarts(Path repository, Map<String, String> rows) throws Exception {
        Map<String, List<String>> setups = new LinkedHashMap<>();
        setups.put("JDK class-data archive only, both JIT tiers (before)", List.of("-Xshare:auto"));
        setups.put("service class-data archives, both JIT tiers (deployed)", Suite.Options.PEAK);
        setups.put("service class-data archives, first JIT tier (local run, tests)", Suite.Options.QUICK_START);
        for (int round = 1; round <= 2; round++) {
            for (Map.Entry<String, List<String>> setup : setups.entrySet()) {
                long started = System.nanoTime();
                try (Suite suite = Suite.start(Suite.Options.forBenchmarks(repository, PASSWORD, SECRET)
                        .withServiceJvmOptions(setup.getValue()))) {
                    String ready = seconds(started);
                    StringBuilder cpu = new StringBuilder();
                    double services = 0;
                    for (ServiceProcess service : suite.services()) {
                        double seconds = cpuSeconds(service.pid());
                        services += seconds;
                        cpu.append(service.name().replace("-service", "")).append(String.format(" %.1f, ", seconds));
                    }
                    rows.put("cold start, " + setup.getKey() + ", round " + round, String.format(
                            "%s to ready; CPU s: services %.1f (%sKafka broker %.1f)", ready, services, cpu,
                            cpuSeconds(suite.stack().kafka().pid())));
                }
            }
        }
    }

    /** User and system CPU seconds a process has used so far ({@code /proc/<pid>/stat}, clock ticks of 10 ms). */
    static double cpuSeconds(long pid) throws Exception {
        String stat = Files.readAllLines(Path.of("/proc/" + pid + "/stat")).get(0);
        String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** One fan-out: the notice, when its publication was asked for, answered, and seen by every store. */
    record FanOut(String noticeId, java.time.Instant asked, java.time.Instant answered, java.time.Instant seen,
            double seconds) {

        /**
         * The steps between, from the databases' own timestamps: the publication's outbox rows written and relayed
         * to Kafka by notice-service, the orders written by appstore-service's consumer, the stores' last read.
         */
        String phases(Suite suite) throws java.sql.SQLException {
            String notice = suite.stack().postgres().jdbcUrl("notice");
            String appstore = suite.stack().postgres().jdbcUrl("appstore");
            java.time.Instant[] relayed = range(notice, "SELECT min(occurred_at), max(published_at) FROM outbox_event"
                    + " WHERE event_type = 'TakedownOrdered' AND payload LIKE '%" + noticeId + "%'");
            java.time.Instant[] ordered = range(appstore,
                    "SELECT min(received_at), max(received_at) FROM takedown_order WHERE notice_id = '" + noticeId + "'");
            long transactions = count(appstore,
                    "SELECT count(DISTINCT tx_id) FROM takedown_order WHERE notice_id = '" + noticeId + "'");
            return String.format("answered %d, events written %d, relayed by %d, first orders %d, last orders %d"
                    + " (%d transactions), all seen %d", after(answered), after(relayed[0]), after(relayed[1]),
                    after(ordered[0]), after(ordered[1]), transactions, after(seen));
        }

        private long after(java.time.Instant instant) {
            return instant == null ? -1 : java.time.Duration.between(asked, instant).toMillis();
        }

        private static long count(String jdbcUrl, String sql) throws java.sql.SQLException {
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl,
                    org.appsupervision.devstack.Postgres.USER, org.appsupervision.devstack.Postgres.PASSWORD);
                    java.sql.ResultSet rows = connection.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private static java.time.Instant[] range(String jdbcUrl, String sql) throws java.sql.SQLException {
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl,
                    org.appsupervision.devstack.Postgres.USER, org.appsupervision.devstack.Postgres.PASSWORD);
                    java.sql.ResultSet rows = connection.createStatement().executeQuery(sql)) {
                rows.next();
                java.sql.Timestamp from = rows.getTimestamp(1);
                java.sql.Timestamp to = rows.getTimestamp(2);
                return new java.time.Instant[] {from == null ? null : from.toInstant(), to == null ? null : to.toInstant()};
            }
        }
    }

    /** Publishes a notice and waits until every store lists all of its orders. */
    static FanOut fanOut(GatewayHttp http, int apps, long seed) {
        String official = http.login("wang.official", PASSWORD);
        String approver = http.login("li.approver", PASSWORD);
        ObjectNode draft = http.json().createObjectNode().put("kind", "TAKEDOWN").put("title", "基准测试通报 " + seed);
        draft.set("apps", http.json().valueToTree(SyntheticApps.generate(apps, seed, STORES)));
        String id = http.send("POST", "/api/notices", official, draft).get("id").asText();
        http.send("POST", "/api/notices/" + id + "/approval", approver, null);
        Map<String, String> tokens = new LinkedHashMap<>();
        STORES.forEach(store -> tokens.put(store, http.storeToken("store-" + store, SECRET + "-" + store)));

        java.time.Instant asked = java.time.Instant.now();
        long published = System.nanoTime();
        http.send("POST", "/api/notices/" + id + "/publication", approver, null);
        java.time.Instant answered = java.time.Instant.now();
        for (String token : tokens.values()) {
            while (countOfNotice(http, token, id) < apps) {
                sleep(20);
            }
        }
        double seconds = (System.nanoTime() - published) / 1e9;
        return new FanOut(id, asked, answered, java.time.Instant.now(), seconds);
    }

    static int countOfNotice(GatewayHttp http, String token, String noticeId) {
        int count = 0;
        String after = null;
        do {
            JsonNode page = http.send("GET", "/api/store/orders?limit=500" + (after == null ? "" : "&after=" + after),
                    token, null);
            for (JsonNode order : page.get("orders")) {
                count += noticeId.equals(order.get("noticeId").asText()) ? 1 : 0;
            }
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (after != null);
        return count;
    }

    static void report(Map<String, String> rows, String args) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("\n## Suite: cold start, fan-out against its floor, memory — ").append(LocalDate.now()).append("\n\n");
        table.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memTotal()).append(", ").append(cpuModel()).append("  \n");
        table.append("Command: `bench/suite/run.sh ").append(args).append("`\n\n");
        table.append("| measure | figure |\n|---|---|\n");
        rows.forEach((measure, figure) -> table.append("| ").append(measure).append(" | ").append(figure).append(" |\n"));
        System.out.println(table);
        Path docs = Path.of("docs/benchmarks.md");
        Files.createDirectories(docs.getParent());
        if (!Files.exists(docs)) {
            Files.writeString(docs, "# Benchmarks\n\nFigures printed by the benchmarks in `bench/`, appended by them run after run."
                    + " Absolute timings on a shared 2-core machine are noisy: compare figures of one run.\n");
        }
        Files.writeString(docs, table.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    static String memTotal() throws Exception {
        return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    }

    static String cpuModel() throws Exception {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    }

    static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
