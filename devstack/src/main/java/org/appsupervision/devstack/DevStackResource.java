package org.appsupervision.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Test resource for {@code @QuarkusTest}: starts real PostgreSQL and Kafka on free ports with data
 * in a temporary folder, and points the service at them. Init argument {@code database} names the
 * service's database.
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";
    private DevStack stack;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        stack = DevStack.start(DevStack.Settings.forTests(List.of(database)));
        return Map.of(
                "quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl(database),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD,
                "kafka.bootstrap.servers", stack.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
