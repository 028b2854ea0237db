package org.appsupervision.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole suite locally: PostgreSQL, Kafka and the four services, seeds the demonstration
 * round, prints where to go, and stops everything on Ctrl-C. Data is kept between runs unless
 * {@code --fresh} is given.
 */
public final class Launcher {

    /** Demonstration credentials; the local run only, never a deployed environment. */
    static final String DEMO_PASSWORD = "Demo-2021-takedown";
    static final String STORE_SECRET_PREFIX = "demo-store-secret";

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = Arrays.asList(args);
        Path repository = Path.of(System.getProperty("suite.repository", ".")).toAbsolutePath().normalize();
        Path data = repository.resolve(".devstack");
        if (options.contains("--fresh")) {
            System.out.println("devstack: --fresh, removing " + data);
            DevStack.deleteTree(data);
        }
        long started = System.nanoTime();
        System.out.println("devstack: starting PostgreSQL, Kafka and the four services (data in " + data + ")");
        Suite suite = Suite.start(Suite.Options.forLocalRun(repository, data, DEMO_PASSWORD, STORE_SECRET_PREFIX));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("devstack: stopping services, Kafka, PostgreSQL");
            suite.close();
            stopped.countDown();
        }, "devstack-stop"));
        Duration ready = Duration.ofNanos(System.nanoTime() - started);
        DemoData demo = new DemoData(suite.gatewayUrl(), DEMO_PASSWORD, STORE_SECRET_PREFIX);
        boolean seeded = demo.seedIfEmpty();
        int dumped = demo.dumpOpenData();
        printBanner(suite, ready, seeded, dumped);
        stopped.await();
    }

    private static void printBanner(Suite suite, Duration ready, boolean seeded, int dumped) {
        String gateway = suite.gatewayUrl();
        StringBuilder out = new StringBuilder();
        out.append("\n================ supervision chain is ready in ").append(ready.toMillis() / 1000.0)
                .append(" s ================\n");
        out.append("Portal:          ").append(gateway).append("/portal  (public notices: ").append(gateway)
                .append("/notices)\n");
        out.append("Gateway:         ").append(gateway).append('\n');
        out.append("JWKS:            ").append(gateway).append("/.well-known/jwks.json\n");
        out.append("Log in:          POST ").append(gateway).append("/auth/login {\"username\",\"password\"}\n");
        out.append("Store tokens:    POST ").append(gateway).append("/oauth2/token (client credentials)\n");
        out.append("Services:        ");
        suite.services().forEach(s -> out.append(s.name()).append(' ').append(s.baseUrl()).append("  "));
        out.append("\nManagement:      ");
        suite.services().forEach(s -> out.append(s.name()).append(' ').append(s.managementUrl()).append("  "));
        out.append("\n                 (/q/health, /q/metrics; local machine only, never through the gateway)");
        out.append("\nPostgreSQL:      127.0.0.1:").append(suite.stack().postgres().port())
                .append(" (user postgres; databases notice, appstore, penalty, gateway)\n");
        out.append("Kafka:           ").append(suite.stack().kafka().bootstrapServers()).append('\n');
        out.append("Demo data:       ").append(seeded ? "seeded the 2021-12-09 takedown round"
                : "kept from an earlier run (use --fresh to start over)").append('\n');
        out.append("Open data:       ").append(gateway).append("/open-data (").append(dumped)
                .append(" day dumps written now; the days up to yesterday, so today's round shows in tomorrow's dump)\n");
        out.append("Documents:       signed PDFs with DEMO keys: penalty-service makes a demo certificate authority and a\n"
                + "                 demo key per bureau at each start (penalty.documents.key-store unset); check one at ")
                .append(gateway).append("/verify\n");
        if (!java.nio.file.Files.isReadable(java.nio.file.Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))) {
            out.append("WARNING:         the font of the PDFs is missing: apt-get install fonts-wqy-zenhei, or no prior\n"
                    + "                 notice or decision can be issued\n");
        }
        out.append("\nDemo accounts (password ").append(DEMO_PASSWORD).append("):\n");
        out.append("  wang.official  official (drafts notices)\n");
        out.append("  li.approver    approver (approves and publishes)\n");
        out.append("  zhou.senior    official + approver (cannot approve own drafts)\n");
        out.append("  chen.gd        bureau, province 44 广东\n");
        out.append("  zhao.bj        bureau, province 11 北京\n");
        out.append("  liu.mb         bureau 00, the ministry's (cases of regions without a bureau)\n");
        out.append("  sun.auditor    auditor\n");
        out.append("  admin          admin\n");
        out.append("  douban.operator  operator (enterprise) 北京豆网科技有限公司, credit code 91110105N38RG8QLT1,\n"
                + "                 registered and verified by wang.official; a second registration is pending in\n"
                + "                 the queue /portal/registrations\n");
        out.append("  caict.tester   agency 中国信息通信研究院（演示）, agency code 91110108MA0CHKP01U\n");
        out.append("Register:        /register (enterprises register themselves; a bureau or the ministry verifies)\n");
        out.append("Store clients:   client id store-<code>, secret ").append(STORE_SECRET_PREFIX)
                .append("-<code>, codes huawei xiaomi oppo vivo tencent qihoo360 wandoujia apple baidu;\n"
                        + "                 handset makers honor xiaomi-phone (same API, preinstallations per model line)\n");
        out.append("Logs:            ").append(suite.stack().settings().root().resolve("logs")).append('\n');
        out.append("Press Ctrl-C to stop.\n");
        System.out.println(out);
    }
}
