package org.appsupervision.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Test resource for {@code @QuarkusTest}: starts real PostgreSQL and Kafka on free ports with data
 * in a temporary folder, points the service at them, and makes a fresh JWT signing key whose public
 * half the service trusts ({@link TestTokens} signs with the private half). Init argument
 * {@code database} names the service's database.
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    /** System property naming the PEM file of the test signing key. */
    public static final String SIGNING_KEY_PROPERTY = "devstack.jwt.signing-key";

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
        try {
            return Map.of(
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

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
