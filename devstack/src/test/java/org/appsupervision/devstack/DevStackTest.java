package org.appsupervision.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevStackTest {

    @Test
    void startsRealPostgresAndKafkaAndLeavesNothingBehind() throws Exception {
        DevStack.Settings settings = DevStack.Settings.forTests(List.of("probe"));
        long brokerPid;
        try (DevStack stack = DevStack.start(settings)) {
            try (Connection connection = DriverManager.getConnection(
                    stack.postgres().jdbcUrl("probe"), Postgres.USER, Postgres.PASSWORD);
                    ResultSet rs = connection.createStatement().executeQuery("SHOW server_version")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("17."), "PostgreSQL 17 expected, got " + rs.getString(1));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", settings.kafkaPort()), 2_000);
                assertTrue(socket.isConnected());
            }
            brokerPid = stack.kafka().pid();
            assertTrue(Files.exists(settings.root().resolve("kafka/data/meta.properties")));
        }
        assertFalse(ProcessHandle.of(brokerPid).map(ProcessHandle::isAlive).orElse(false), "broker still running");
        assertFalse(Files.exists(settings.root()), "temporary data left behind");
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList());
    }
}
