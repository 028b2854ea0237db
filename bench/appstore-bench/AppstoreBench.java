import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appsupervision.devstack.DevStack;
import org.appsupervision.devstack.Ports;
import org.appsupervision.devstack.SigningKeys;
import org.appsupervision.devstack.Suite;

/**
 * Benchmarks of appstore-service on the whole suite (devstack's Suite: real PostgreSQL with durable
 * settings, real Kafka, the four packaged services, the gateway in front):
 *  - fanout: APPS TakedownOrdered events naming STORES stores each are put on notice.events at once;
 *    prints the time until every store sees all its orders through the store API via the gateway.
 *  - confirm: single confirmations per second through the gateway with a real client-credentials token,
 *    once from this machine (exempt from rate limits) and once with a forwarded address (limits checked).
 * Run with ./run.sh (see README.md next to this file).
 */
public class AppstoreBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    static final Map<String, String> FIRST_SEEN = new ConcurrentHashMap<>();
    static final AtomicInteger DUPLICATES = new AtomicInteger();
    static final String PASSWORD = "Bench-2021-takedown";
    static final String SECRET_PREFIX = "bench-store-secret";

    /** An OTLP/HTTP endpoint that takes every export and discards it. */
    static com.sun.net.httpserver.HttpServer traceSink() throws java.io.IOException {
        com.sun.net.httpserver.HttpServer sink = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/v1/traces", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        sink.start();
        return sink;
    }

    public static void main(String[] args) throws Exception {
        int apps = Integer.parseInt(System.getProperty("apps", "10000"));
        int storeCount = Integer.parseInt(System.getProperty("stores", "30"));
        int confirmations = Integer.parseInt(System.getProperty("confirmations", "20000"));
        int clients = Integer.parseInt(System.getProperty("clients", "32"));
        Path repository = Path.of(System.getProperty("repository", "../..")).toAbsolutePath().normalize();
        Path root = Files.createTempDirectory("appstore-bench-");
        DevStack.Settings durable = new DevStack.Settings(root, true, true, Ports.free(), Ports.free(), Ports.free(),
                Suite.DATABASES);
        // -Dtracing=on: every service traces (all sampled) and exports by OTLP/HTTP to a sink here that discards.
        boolean tracing = "on".equals(System.getProperty("tracing", "off"));
        com.sun.net.httpserver.HttpServer sink = tracing ? traceSink() : null;
        Suite.Options options = new Suite.Options(repository, durable, Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Duration.ofHours(24), Duration.ofSeconds(30), PASSWORD, SECRET_PREFIX, java.util.Map.of(),
                tracing ? Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.traces.endpoint",
                        "http://127.0.0.1:" + sink.getAddress().getPort()) : java.util.Map.of());
        System.out.printf("tracing %s%n", tracing ? "on (every trace sampled and exported)" : "off");
        long boot = System.nanoTime();
        try (Suite suite = Suite.start(options)) {
            System.out.printf("suite up in %d ms at %s%n", (System.nanoTime() - boot) / 1_000_000, suite.gatewayUrl());
            String gateway = suite.gatewayUrl();
            Path key = root.resolve("keys").resolve("jwt-private.pem");
            if (!Files.exists(key)) {
                key = Files.list(root.resolve("keys")).filter(p -> p.toString().endsWith("private.pem")).findFirst().orElseThrow();
            }
            List<String> stores = ensureStores(gateway, storeCount);
            // -Dvia=direct polls appstore-service itself instead of the gateway, to tell the two apart.
            String feed = "direct".equals(System.getProperty("via")) ? suite.service("appstore-service").baseUrl()
                    : gateway;
            jfr(suite, "start", "fanout");
            Instant published = fanOut(feed, suite.stack().kafka().bootstrapServers(), key, stores, apps,
                    suite.stack().postgres().jdbcUrl("notice"));
            jfr(suite, "stop", "fanout");
            int orders = apps * stores.size();
            printInsertTimes(suite.stack().postgres().jdbcUrl("appstore"), published);
            System.out.printf("FLOOR produce + consume %d records on the same broker: %d ms%n", orders,
                    org.appsupervision.devstack.Floor.kafkaMillis(suite.stack().kafka().bootstrapServers(), orders));
            System.out.printf("FLOOR batch insert of %d rows in the same PostgreSQL: %d ms%n", orders,
                    org.appsupervision.devstack.Floor.postgresMillis(suite.stack().postgres().jdbcUrl("appstore"), orders));
            if (Boolean.getBoolean("pause")) {
                System.out.println("PAUSED; PostgreSQL at " + suite.stack().postgres().jdbcUrl("appstore"));
                Thread.sleep(240_000);
            }
            if (confirmations > 0) {
                // -DconfirmVia=direct posts the confirmations to appstore-service itself (the token still comes from the gateway).
                boolean direct = "direct".equals(System.getProperty("confirmVia"));
                String target = direct ? suite.service("appstore-service").baseUrl() : gateway;
                if (Boolean.parseBoolean(System.getProperty("statements", "false"))) {
                    loadStatementStatistics(suite);
                }
                CpuMeter cpu = new CpuMeter(suite, root);
                confirm(suite, cpu, gateway, target, "huawei", null, confirmations, clients);
                if (!direct) {
                    // Requests from this machine are exempt from the gateway's rate limits; a forwarded client
                    // address makes the gateway check them (run.sh raises the allowances so none is refused).
                    confirm(suite, cpu, gateway, gateway, "xiaomi", "203.0.113.7", confirmations, clients);
                }
                // -Dbulk=<n> (default 500, 0 for none): a third round as store-oppo through the bulk endpoint,
                // n orders a request, from -DbulkClients (default 2) clients at once.
                int bulk = Integer.getInteger("bulk", 500);
                if (bulk > 0) {
                    confirm(suite, cpu, gateway, target, "oppo", null, confirmations, Integer.getInteger("bulkClients", 2),
                            bulk);
                }
            }
        } finally {
            if (sink != null) {
                sink.stop(0);
            }
        }
    }

    /** Registers app stores (handset makers get orders only for the apps they preinstall) through the gateway as the demo admin until there are {@code count}. */
    static List<String> ensureStores(String gateway, int count) throws Exception {
        String admin = login(gateway, "admin");
        List<String> codes = new ArrayList<>();
        for (JsonNode store : send(gateway, "GET", "/api/stores?kind=APP_STORE", admin, null, null).body) {
            codes.add(store.get("code").asText());
        }
        for (int i = codes.size(); i < count; i++) {
            String code = "bench-store-" + i;
            Map<String, Object> body = Map.of("code", code, "nameZh", "压测商店" + i, "nameEn", "Bench store " + i,
                    "company", "压测科技有限公司", "provinceCode", "11");
            send(gateway, "POST", "/api/stores", admin, JSON.writeValueAsString(body), null);
            codes.add(code);
        }
        return codes.subList(0, count);
    }

    /** When the consumer wrote the orders, to tell its share of the fan-out from the polling's. */
    static void printInsertTimes(String jdbcUrl, Instant published) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                java.sql.ResultSet r = db.createStatement().executeQuery(
                        "SELECT count(*), min(received_at), max(received_at) FROM takedown_order WHERE kind = 'TAKEDOWN'")) {
            r.next();
            System.out.printf("FAN-OUT consumer: %d orders written between %d and %d ms after publication started%n",
                    r.getLong(1), Duration.between(published, r.getTimestamp(2).toInstant()).toMillis(),
                    Duration.between(published, r.getTimestamp(3).toInstant()).toMillis());
        }
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                java.sql.ResultSet r = db.createStatement().executeQuery("""
                        SELECT count(*), min(n), percentile_cont(0.5) WITHIN GROUP (ORDER BY n), max(n)
                        FROM (SELECT count(*) AS n FROM takedown_order WHERE kind = 'TAKEDOWN' GROUP BY tx_id) t""")) {
            r.next();
            System.out.printf("FAN-OUT consumer: %d transactions wrote orders, orders per transaction min %d median %.0f max %d%n",
                    r.getLong(1), r.getLong(2), r.getDouble(3), r.getLong(4));
        }
    }

    static Instant fanOut(String gateway, String bootstrap, Path signingKey, List<String> stores, int apps,
            String noticeJdbcUrl) throws Exception {
        Map<String, String> tokens = new HashMap<>();
        for (String store : stores) {
            tokens.put(store, storeToken(signingKey, store));
        }
        Map<String, String> cursors = new ConcurrentHashMap<>();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        UUID noticeId = UUID.randomUUID();
        String storeList = String.join(",", stores.stream().map(s -> "\"" + s + "\"").toList());
        List<UUID> itemIds = new ArrayList<>();
        List<UUID> chainIds = new ArrayList<>();
        for (int i = 0; i < apps; i++) {
            itemIds.add(UUID.randomUUID());
            chainIds.add(UUID.randomUUID());
        }
        Instant published = Instant.now();
        publishedNotice(noticeJdbcUrl, noticeId, published, itemIds, chainIds);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < apps; i++) {
                UUID itemId = itemIds.get(i);
                String payload = """
                        {"noticeId":"%s","noticeTitle":"关于下架侵害用户权益APP名单的通报（压测）","itemId":"%s","chainId":"%s",
                         "publishedAt":"%s","app":{"name":"压测应用%d","packageName":"com.bench.app%d","version":"1.0"},
                         "operator":{"name":"压测科技有限公司","creditCode":"91110108551385082Q","provinceCode":"11"},
                         "problemCodes":["collect-beyond-scope"],"storeCodes":[%s],"refusedRectification":false}"""
                        .formatted(noticeId, itemId, chainIds.get(i), published, i, i, storeList);
                ProducerRecord<String, String> record = new ProducerRecord<>("notice.events", itemId.toString(), payload);
                record.headers().add(new RecordHeader("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("ce_type", "TakedownOrdered".getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("ce_source", "/bench".getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
        System.out.printf("FAN-OUT published %d TakedownOrdered events in %d ms%n", apps,
                (System.nanoTime() - start) / 1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Future<?>> rounds = new ArrayList<>();
            for (String store : stores) {
                if (seen.getOrDefault(store, 0) >= apps) {
                    continue;
                }
                rounds.add(pool.submit(() -> {
                    drain(gateway, tokens.get(store), store, cursors, seen);
                    return null;
                }));
            }
            if (rounds.isEmpty()) {
                break;
            }
            for (Future<?> round : rounds) {
                round.get();
            }
            int total = seen.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("  %6d ms: %d of %d orders visible%n", (System.nanoTime() - start) / 1_000_000, total,
                    apps * stores.size());
            Thread.sleep(250);
        }
        pool.shutdown();
        int total = seen.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("  distinct orders seen %d, seen twice %d%n", FIRST_SEEN.size(), DUPLICATES.get());
        System.out.printf("FAN-OUT %d apps x %d stores: %d orders visible through the store API %s "
                + "%d ms after publication (target 30000 ms)%n", apps, stores.size(), total,
                "direct".equals(System.getProperty("via")) ? "of appstore-service directly" : "via the gateway",
                (System.nanoTime() - start) / 1_000_000);
        return published;
    }

    /**
     * Writes the published notice and its items into notice-service's database, as its publication would have, so
     * that the TakedownConfirmed events of the confirmation rounds find their items there (the consumer does in
     * production what it does here, instead of parking every event whose item it does not know).
     */
    static void publishedNotice(String jdbcUrl, UUID noticeId, Instant published, List<UUID> itemIds,
            List<UUID> chainIds) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            db.setAutoCommit(false);
            try (java.sql.PreparedStatement notice = db.prepareStatement("""
                    INSERT INTO notice (id, kind, title, status, drafted_by, drafted_at, approved_by, approved_at,
                        published_by, published_at)
                    VALUES (?, 'TAKEDOWN', '关于下架侵害用户权益APP名单的通报（压测）', 'PUBLISHED', 'bench', ?, 'bench2', ?,
                        'bench2', ?)""");
                    java.sql.PreparedStatement items = db.prepareStatement("""
                    INSERT INTO notice_item (id, notice_id, seq, chain_id, app_name, package_name, app_version,
                        operator_name, operator_credit_code, operator_province_code, refused_rectification)
                    SELECT i, ?, n, c, '压测应用' || (n - 1), 'com.bench.app' || (n - 1), '1.0', '压测科技有限公司',
                        '91110108551385082Q', '11', false
                    FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[])) WITH ORDINALITY AS t(i, c, n)""")) {
                java.sql.Timestamp at = java.sql.Timestamp.from(published);
                notice.setObject(1, noticeId);
                notice.setTimestamp(2, at);
                notice.setTimestamp(3, at);
                notice.setTimestamp(4, at);
                notice.executeUpdate();
                items.setObject(1, noticeId);
                items.setArray(2, db.createArrayOf("uuid", itemIds.toArray()));
                items.setArray(3, db.createArrayOf("uuid", chainIds.toArray()));
                items.executeUpdate();
            }
            db.commit();
        }
    }

    /** Pages a store's orders from where it stopped last time until the last page. */
    static void drain(String gateway, String token, String store, Map<String, String> cursors,
            Map<String, Integer> seen) throws Exception {
        while (true) {
            String after = cursors.get(store);
            String path = "/api/store/orders?limit=500" + (after == null ? "" : "&after=" + after);
            JsonNode page = send(gateway, "GET", path, token, null, null).body;
            int n = page.get("orders").size();
            if (n == 0) {
                return;
            }
            seen.merge(store, n, Integer::sum);
            String request = after == null ? "start" : new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            String resume = page.get("resumeAfter").isNull() ? "null"
                    : new String(Base64.getUrlDecoder().decode(page.get("resumeAfter").asText()), StandardCharsets.UTF_8);
            page.get("orders").forEach(o -> {
                String where = "after " + request + " -> resume " + resume + " (" + n + " rows, next "
                        + !page.get("next").isNull() + ")";
                String first = FIRST_SEEN.putIfAbsent(o.get("id").asText(), where);
                if (first != null && DUPLICATES.incrementAndGet() <= 5) {
                    System.out.printf("  seen twice: %s of %s%n    first %s%n    again %s%n", o.get("id").asText(),
                            store, first, where);
                }
            });
            cursors.put(store, page.get("resumeAfter").asText());
            if (page.get("next").isNull()) {
                return;
            }
        }
    }

    /** Single confirmations through the gateway with the demo client's real token, from several clients at once. */
    static void confirm(Suite suite, CpuMeter cpu, String gateway, String target, String store, String forwardedFor,
            int count, int clients) throws Exception {
        confirm(suite, cpu, gateway, target, store, forwardedFor, count, clients, 1);
    }

    /** A round of confirmations, {@code batch} orders a request (1: the single endpoint, more: the bulk one). */
    static void confirm(Suite suite, CpuMeter cpu, String gateway, String target, String store, String forwardedFor,
            int count, int clients, int batch) throws Exception {
        String token = clientToken(gateway, store);
        List<String> ids = new ArrayList<>();
        String after = null;
        while (ids.size() < count) {
            JsonNode page = send(gateway, "GET", "/api/store/orders?status=PENDING&limit=500"
                    + (after == null ? "" : "&after=" + after), token, null, null).body;
            page.get("orders").forEach(o -> ids.add(o.get("id").asText()));
            if (page.get("next").isNull()) {
                break;
            }
            after = page.get("next").asText();
        }
        System.out.printf("  %d pending orders of %s to confirm%n", ids.size(), store);
        int warmup = Math.min(500, ids.size() / 10);
        runConfirmations(target, token, forwardedFor, ids.subList(0, warmup), clients, batch);
        List<String> measured = ids.subList(warmup, ids.size());
        awaitDownstream(suite);
        // The suite's CPU while nothing is asked of it, over as long as the round takes, is the noise floor.
        Map<String, Long> quiet = cpu.ticks();
        Thread.sleep(5000);
        Map<String, Double> idlePerSecond = CpuMeter.per(quiet, cpu.ticks(), 5);
        jfr(suite, "start", store);
        resetStatements(suite);
        Map<String, Long> before = cpu.ticks();
        long start = System.nanoTime();
        AtomicInteger failures = runConfirmations(target, token, forwardedFor, measured, clients, batch);
        double seconds = (System.nanoTime() - start) / 1e9;
        awaitDownstream(suite);
        Map<String, Long> end = cpu.ticks();
        double drained = (System.nanoTime() - start) / 1e9;
        printStatements(suite, measured.size());
        jfr(suite, "stop", store);
        String route = batch > 1 ? "in bulk requests of " + batch + " orders " + (!target.equals(gateway)
                ? "directly to appstore-service" : "through the gateway (local client)")
                : !target.equals(gateway) ? "directly to appstore-service"
                : forwardedFor == null ? "through the gateway (local client, no rate-limit check)"
                : "through the gateway with rate limits checked";
        System.out.printf("CONFIRM %d " + (batch > 1 ? "" : "single ") + "confirmations " + route + " (real token of %s, committed write, "
                + "%d concurrent clients) in %.2f s: %.0f/s, %d failed (target 2000/s)%n", measured.size(), store,
                clients, seconds, measured.size() / seconds, failures.get());
        Map<String, Double> used = CpuMeter.per(before, end, measured.size());
        Map<String, Double> idle = new java.util.LinkedHashMap<>();
        idlePerSecond.forEach((name, perSecond) -> idle.put(name, perSecond * drained / measured.size()));
        System.out.printf("CPU per confirmation of %s, until appstore.events was consumed (%.1f s): %s%n", store,
                drained, CpuMeter.format(used));
        System.out.printf("CPU per confirmation of %s, of which the idle suite's over as long (noise): %s%n", store,
                CpuMeter.format(idle));
    }

    static AtomicInteger runConfirmations(String gateway, String token, String forwardedFor, List<String> ids,
            int clients, int batch) throws Exception {
        if (batch > 1) {
            return runBulkConfirmations(gateway, token, forwardedFor, ids, clients, batch);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        String body = "{\"removedAt\":\"" + Instant.now().minusSeconds(5) + "\",\"note\":\"bench\"}";
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < ids.size()) {
                    Reply reply = send(gateway, "POST", "/api/store/orders/" + ids.get(i) + "/confirmation", token,
                            body, UUID.randomUUID().toString(), forwardedFor);
                    if (reply.status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return failures;
    }

    /** The orders in requests of {@code batch} to the bulk endpoint; counts the items not confirmed. */
    static AtomicInteger runBulkConfirmations(String gateway, String token, String forwardedFor, List<String> ids,
            int clients, int batch) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        String removedAt = Instant.now().minusSeconds(5).toString();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int from;
                while ((from = next.getAndAdd(batch)) < ids.size()) {
                    List<String> chunk = ids.subList(from, Math.min(from + batch, ids.size()));
                    StringBuilder body = new StringBuilder("{\"items\":[");
                    for (int k = 0; k < chunk.size(); k++) {
                        body.append(k == 0 ? "" : ",").append("{\"orderId\":\"").append(chunk.get(k))
                                .append("\",\"removedAt\":\"").append(removedAt).append("\",\"note\":\"bench\"}");
                    }
                    Reply reply = send(gateway, "POST", "/api/store/orders/confirmations", token,
                            body.append("]}").toString(), UUID.randomUUID().toString(), forwardedFor);
                    failures.addAndGet(reply.status != 200 ? chunk.size() : reply.body.get("failed").asInt());
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return failures;
    }

    record Reply(int status, JsonNode body) {
    }

    static Reply send(String gateway, String method, String path, String token, String body, String idempotencyKey)
            throws Exception {
        return send(gateway, method, path, token, body, idempotencyKey, null);
    }

    static Reply send(String gateway, String method, String path, String token, String body, String idempotencyKey,
            String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !path.endsWith("/confirmation")) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return new Reply(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
    }

    static String login(String gateway, String username) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", username, "password", PASSWORD));
        return send(gateway, "POST", "/auth/login", null, body, null).body.get("access_token").asText();
    }

    static String clientToken(String gateway, String store) throws Exception {
        String form = "grant_type=client_credentials&client_id=store-" + store + "&client_secret=" + SECRET_PREFIX
                + "-" + store;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /**
     * A store token signed with the suite's gateway key (kid = RFC 7638 thumbprint), for the benchmark
     * stores that have no API client in the gateway; the services verify it like any gateway token.
     */
    static String storeToken(Path privateKeyFile, String store) throws Exception {
        PrivateKey key = SigningKeys.readPrivateKey(privateKeyFile);
        String pem = Files.readString(SigningKeys.publicKeyOf(privateKeyFile)).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String jwk = "{\"e\":\"" + b64.encodeToString(unsigned(publicKey.getPublicExponent().toByteArray()))
                + "\",\"kty\":\"RSA\",\"n\":\"" + b64.encodeToString(unsigned(publicKey.getModulus().toByteArray()))
                + "\"}";
        String kid = b64.encodeToString(MessageDigest.getInstance("SHA-256").digest(jwk.getBytes(StandardCharsets.UTF_8)));
        return Jwt.issuer("https://gateway.supervision.local").audience("supervision").subject("bench-" + store)
                .upn("bench-" + store).groups(Set.of("store")).claim("store_id", store)
                .claim("jti", UUID.randomUUID().toString()).expiresIn(3600)
                .jws().keyId(kid).sign(key);
    }

    static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /**
     * CPU time (utime + stime from /proc/<pid>/stat) of each process of the suite, to give each one's CPU per
     * confirmation; PostgreSQL counts the postmaster, its live backends and the children it has reaped.
     */
    static final class CpuMeter {
        static final double TICK_MS = 1000.0 / 100; // USER_HZ is 100 on Linux
        final Map<String, Long> pids = new java.util.LinkedHashMap<>();
        final long postmaster;

        CpuMeter(Suite suite, Path root) throws Exception {
            for (var service : suite.services()) {
                pids.put(service.name().replace("-service", ""), service.pid());
            }
            postmaster = Long.parseLong(Files.readAllLines(root.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
            pids.put("kafka", suite.stack().kafka().pid());
            pids.put("bench", ProcessHandle.current().pid());
        }

        Map<String, Long> ticks() {
            Map<String, Long> now = new java.util.LinkedHashMap<>();
            pids.forEach((name, pid) -> now.put(name, ticksOf(pid, false)));
            long pg = ticksOf(postmaster, true);
            for (ProcessHandle child : ProcessHandle.of(postmaster).map(p -> p.descendants().toList()).orElse(List.of())) {
                pg += ticksOf(child.pid(), false);
            }
            now.put("postgres", pg);
            return now;
        }

        static long ticksOf(long pid, boolean withReapedChildren) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                return withReapedChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
            } catch (java.io.IOException | RuntimeException e) {
                return 0; // the process ended between listing and reading
            }
        }

        /** Milliseconds of CPU per unit between two readings, per process, in a fixed order. */
        static Map<String, Double> per(Map<String, Long> before, Map<String, Long> after, double units) {
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            for (String name : List.of("gateway", "appstore", "notice", "penalty", "postgres", "kafka", "bench")) {
                out.put(name, (after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L)) * TICK_MS / units);
            }
            return out;
        }

        static String format(Map<String, Double> perProcess) {
            StringBuilder s = new StringBuilder();
            double chain = 0;
            for (var e : perProcess.entrySet()) {
                s.append(String.format(" %s %.2f", e.getKey(), e.getValue()));
                if (!e.getKey().equals("bench")) {
                    chain += e.getValue();
                }
            }
            return String.format("chain %.2f ms (%s )", chain, s.toString().trim());
        }
    }

    /**
     * Waits until appstore's outbox is published and every consumer group of appstore.events and notice.events has
     * committed up to the end of the topic: before a round so that no fan-out work is left over, after it so that
     * the CPU of the relay and of the consumers of TakedownConfirmed is counted too.
     */
    static void awaitDownstream(Suite suite) throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", suite.stack().kafka().bootstrapServers());
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(config);
                java.sql.Connection db = java.sql.DriverManager.getConnection(
                        suite.stack().postgres().jdbcUrl("appstore"), "postgres", "postgres")) {
            while (System.nanoTime() < deadline) {
                long unpublished;
                try (java.sql.ResultSet r = db.createStatement().executeQuery(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                    r.next();
                    unpublished = r.getLong(1);
                }
                // notice.events too: penalty-service still working through the fan-out's TakedownOrdered would be
                // counted against the confirmations.
                long lag = unpublished > 0 ? 1 : lagOf(admin, "appstore.events") + lagOf(admin, "notice.events");
                if (unpublished == 0 && lag == 0) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("appstore.events not consumed within 5 minutes");
        }
    }

    static long lagOf(org.apache.kafka.clients.admin.Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
        Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, org.apache.kafka.clients.admin.OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (var group : admin.listGroups().all().get()) {
            var committed = admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            if (partitions.stream().noneMatch(committed::containsKey)) {
                continue;
            }
            for (var p : partitions) {
                var c = committed.get(p);
                lag += ends.get(p).offset() - (c == null ? 0 : c.offset());
            }
        }
        return lag;
    }

    /** Starts (or stops and writes) a JFR recording in each service, with -Dprofile=<folder> (the fan-out, each round). */
    static void jfr(Suite suite, String action, String round) throws Exception {
        String folder = System.getProperty("profile");
        if (folder == null) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(folder).toAbsolutePath());
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (var service : suite.services()) {
            List<String> command = action.equals("start")
                    ? List.of(jcmd, Long.toString(service.pid()), "JFR.start", "name=bench", "settings=profile",
                            "filename=" + dir.resolve(round + "-" + service.name() + ".jfr"))
                    : List.of(jcmd, Long.toString(service.pid()), "JFR.stop", "name=bench");
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
        }
    }

    /**
     * With -Dstatements=on: restarts PostgreSQL with pg_stat_statements loaded (the services' pools reconnect), so a
     * round can count the statements each confirmation costs in each database.
     */
    static void loadStatementStatistics(Suite suite) throws Exception {
        String url = suite.stack().postgres().jdbcUrl("postgres");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", "postgres")) {
            db.createStatement().execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
            // Statements inside functions too: the audit trigger's INSERT is counted apart from the UPDATE firing it.
            db.createStatement().execute("ALTER SYSTEM SET pg_stat_statements.track = 'all'");
        }
        suite.stack().stopPostgres();
        suite.stack().startPostgres();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", "postgres")) {
            db.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        Thread.sleep(3000);
    }

    static void resetStatements(Suite suite) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("statements", "false"))) {
            return;
        }
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                suite.stack().postgres().jdbcUrl("postgres"), "postgres", "postgres")) {
            db.createStatement().execute("SELECT pg_stat_statements_reset()");
        }
    }

    static void printStatements(Suite suite, int confirmations) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("statements", "false"))) {
            return;
        }
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                suite.stack().postgres().jdbcUrl("postgres"), "postgres", "postgres");
                java.sql.ResultSet r = db.createStatement().executeQuery("""
                        SELECT d.datname, s.calls, s.total_exec_time, s.rows, regexp_replace(s.query, '\\s+', ' ', 'g')
                        FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                        WHERE s.calls >= %d ORDER BY s.calls DESC, s.total_exec_time DESC LIMIT 40""".formatted(
                        Math.max(1, confirmations / 20)))) {
            double perConfirmation = 0;
            while (r.next()) {
                double calls = r.getLong(2) / (double) confirmations;
                perConfirmation += calls;
                String query = r.getString(5);
                System.out.printf("  SQL %-8s %6.2f calls/confirmation %7.3f ms/call  %s%n", r.getString(1), calls,
                        r.getDouble(3) / r.getLong(2), query.length() > 160 ? query.substring(0, 160) + "..." : query);
            }
            System.out.printf("  SQL statements per confirmation (those run at least once per 20): %.2f%n", perConfirmation);
        }
    }
}
