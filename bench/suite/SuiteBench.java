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

        long started = System.nanoTime();
        try (Suite suite = Suite.start(Suite.Options.forBenchmarks(repository, PASSWORD, SECRET))) {
            rows.put("cold start of PostgreSQL, Kafka and 4 services to ready", seconds(started));
            GatewayHttp http = new GatewayHttp(suite.gatewayUrl());
            int orders = apps * STORES.size();
            List<Double> fanOuts = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                fanOuts.add(fanOut(http, apps, 1000L + run));
            }
            rows.put("fan-out " + apps + " apps x 9 stores (" + orders + " orders) to the store API, runs",
                    fanOuts.stream().map(s -> String.format("%.2f s", s)).toList().toString());
            String bootstrap = suite.stack().kafka().bootstrapServers();
            rows.put("floor: produce + consume " + orders + " records on the same broker",
                    String.format("%.2f s", Floor.kafkaMillis(bootstrap, orders) / 1000.0));
            rows.put("floor: batch insert of " + orders + " rows in the same PostgreSQL",
                    String.format("%.2f s", Floor.postgresMillis(suite.stack().postgres().jdbcUrl("appstore"), orders) / 1000.0));
            for (ServiceProcess service : suite.services()) {
                rows.put("RSS of " + service.name() + " after the fan-outs", rssMegabytes(service.pid()) + " MB");
            }
        }
        report(rows, String.join(" ", java.util.Arrays.asList(args).subList(Math.min(1, args.length), args.length)));
    }

    /** Seconds from publication of a notice until every store lists all of its orders. */
    static double fanOut(GatewayHttp http, int apps, long seed) {
        String official = http.login("wang.official", PASSWORD);
        String approver = http.login("li.approver", PASSWORD);
        ObjectNode draft = http.json().createObjectNode().put("kind", "TAKEDOWN").put("title", "基准测试通报 " + seed);
        draft.set("apps", http.json().valueToTree(SyntheticApps.generate(apps, seed, STORES)));
        String id = http.send("POST", "/api/notices", official, draft).get("id").asText();
        http.send("POST", "/api/notices/" + id + "/approval", approver, null);
        Map<String, String> tokens = new LinkedHashMap<>();
        STORES.forEach(store -> tokens.put(store, http.storeToken("store-" + store, SECRET + "-" + store)));

        long published = System.nanoTime();
        http.send("POST", "/api/notices/" + id + "/publication", approver, null);
        for (String token : tokens.values()) {
            while (countOfNotice(http, token, id) < apps) {
                sleep(20);
            }
        }
        return (System.nanoTime() - published) / 1e9;
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

    static long rssMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
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
