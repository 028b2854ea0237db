package org.appsupervision.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Test resource for {@code @QuarkusTest} and {@code @QuarkusIntegrationTest}: starts real PostgreSQL and Kafka on free
 * ports with data in a temporary folder, points the service at them, and makes a fresh JWT signing key whose public
 * half the service trusts ({@link TestTokens} signs with the private half). Init argument {@code database} names the
 * service's database. A packaged service (an integration test passes these settings to the jar it launches) also gets
 * a free management port, {@link #managementUri()}; in-process tests keep {@code quarkus.management.test-port}.
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    /** System property naming the PEM file of the test signing key. */
    public static final String SIGNING_KEY_PROPERTY = "devstack.jwt.signing-key";
    /** System property naming the management port a packaged service was given. */
    public static final String MANAGEMENT_PORT_PROPERTY = "devstack.management-port";

    private String database = "service";
    private DevStack stack;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        stack = DevStack.start(DevStack.Settings.forTests(List.of(database)));
        Path signingKey = SigningKeys.ensure(stack.settings().root().resolve("keys"));
        System.setProperty(SIGNING_KEY_PROPERTY, signingKey.toString());
        int managementPort = Ports.free();
        System.setProperty(MANAGEMENT_PORT_PROPERTY, String.valueOf(managementPort));
        try {
            return Map.of(
                    "quarkus.management.port", String.valueOf(managementPort),
                    "quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl(database),
                    "quarkus.datasource.username", Postgres.USER,
                    "quarkus.datasource.password", Postgres.PASSWORD,
                    "kafka.bootstrap.servers", stack.kafka().bootstrapServers(),
                    "mp.jwt.verify.publickey", Files.readString(SigningKeys.publicKeyOf(signingKey)),
                    SIGNING_KEY_PROPERTY, signingKey.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The management interface of the packaged service an integration test launched with these settings. */
    public static URI managementUri() {
        String port = System.getProperty(MANAGEMENT_PORT_PROPERTY);
        if (port == null) {
            throw new IllegalStateException("DevStackResource has not started");
        }
        return URI.create("http://localhost:" + port + "/");
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
