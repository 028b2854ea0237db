package org.appsupervision.notice.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.OpenDataCheck;
import org.junit.jupiter.api.Test;

/**
 * Open-data files are stored as ordered chunks of at most 1 MiB and served one chunk at a time: a file of several
 * chunks reads back whole with its Content-Length and SHA-256, and the migration moves a file stored whole (as dumps
 * were before the chunks) into chunks that add up to its checksum.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class OpenDataChunksTest {

    static final int MIB = 1 << 20;

    @Inject
    DataSource database;

    @Test
    void aFileOfSeveralChunksIsServedWholeWithItsLengthAndChecksum() throws SQLException {
        LocalDate day = OpenDataDumpTest.unusedDay();
        publishMany(day, 2000);
        JsonPath manifest = OpenDataDumpTest.dump(day).then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> files = manifest.getList("files");
        int checked = 0;
        for (Map<String, Object> file : files) {
            String name = (String) file.get("name");
            long bytes = ((Number) file.get("bytes")).longValue();
            List<Integer> sizes = chunkSizes(day, name);
            assertEquals((bytes + MIB - 1) / MIB, sizes.size(), name);
            for (int i = 0; i + 1 < sizes.size(); i++) {
                assertEquals(MIB, sizes.get(i), name + " chunk " + i);
            }
            Response served = given().get(OpenDataDumpTest.BASE + "/files/" + day + "/" + name).then().statusCode(200)
                    .extract().response();
            assertEquals(String.valueOf(bytes), served.header("Content-Length"), name);
            assertNull(served.header("Transfer-Encoding"), name);
            byte[] body = served.asByteArray();
            assertEquals(bytes, body.length, name);
            assertEquals(file.get("sha256"), OpenDataCheck.sha256(body), name);
            checked += sizes.size() > 1 ? 1 : 0;
        }
        assertEquals(2, checked, "both notices files span several chunks: " + files);
    }

    @Test
    void theMigrationMovesAFileStoredWholeIntoChunksThatAddUpToItsChecksum() throws SQLException, IOException {
        String schema = "legacy_open_data_" + ThreadLocalRandom.current().nextInt(1_000_000);
        byte[] content = new byte[2 * MIB + 12345];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) ('a' + (i * 7 + i / 1000) % 26);
        }
        String sha = OpenDataCheck.sha256(content);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            try {
                s.execute("CREATE SCHEMA " + schema + "; SET search_path TO " + schema);
                s.execute(LEGACY_TABLES);
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO open_data_file (day, name, position, dataset, format, media_type, sha256, bytes,
                                                    row_count, content)
                        VALUES ('2021-12-09', 'notices-2021-12-09.csv', 0, 'notices', 'csv', 'text/csv', ?, ?, 1, ?),
                               ('2021-12-09', 'notices-2021-12-09.jsonl', 1, 'notices', 'jsonl', 'application/jsonl',
                                ?, 0, 0, ''::bytea)""")) {
                    insert.setString(1, sha);
                    insert.setLong(2, content.length);
                    insert.setBytes(3, content);
                    insert.setString(4, OpenDataCheck.sha256(new byte[0]));
                    insert.executeUpdate();
                }
                String migration = migration();
                s.execute(migration);
                s.execute(migration);

                assertEquals(List.of(MIB, MIB, 12345), chunkSizes(c, LocalDate.of(2021, 12, 9), "notices-2021-12-09.csv"));
                assertEquals(List.of(), chunkSizes(c, LocalDate.of(2021, 12, 9), "notices-2021-12-09.jsonl"));
                try (ResultSet rows = s.executeQuery("""
                        SELECT encode(sha256(string_agg(content, ''::bytea ORDER BY seq)), 'hex') FROM open_data_chunk
                        WHERE name = 'notices-2021-12-09.csv'""")) {
                    rows.next();
                    assertEquals(sha, rows.getString(1));
                }
                try (ResultSet rows = s.executeQuery("SELECT count(*) FROM information_schema.columns WHERE "
                        + "table_schema = '" + schema + "' AND table_name = 'open_data_file' AND column_name = 'content'")) {
                    rows.next();
                    assertEquals(0, rows.getInt(1));
                }
            } finally {
                s.execute("RESET search_path; DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** The tables as they were before the chunks: each file's bytes whole in {@code content}. */
    static final String LEGACY_TABLES = """
            CREATE TABLE open_data_manifest (day DATE PRIMARY KEY, generated_at TIMESTAMPTZ NOT NULL, licence TEXT NOT NULL);
            INSERT INTO open_data_manifest VALUES ('2021-12-09', now(), 'CC BY 4.0');
            CREATE TABLE open_data_file (
                day DATE NOT NULL REFERENCES open_data_manifest (day), name TEXT NOT NULL, position INT NOT NULL,
                dataset TEXT NOT NULL, format TEXT NOT NULL CHECK (format IN ('csv', 'jsonl')), media_type TEXT NOT NULL,
                sha256 CHAR(64) NOT NULL, bytes BIGINT NOT NULL CHECK (bytes >= 0),
                row_count BIGINT NOT NULL CHECK (row_count >= 0), content BYTEA NOT NULL,
                PRIMARY KEY (day, name), UNIQUE (day, position))""";

    String migration() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/db/migration/R__0_platform_open_data.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    List<Integer> chunkSizes(LocalDate day, String name) throws SQLException {
        try (Connection c = database.getConnection()) {
            return chunkSizes(c, day, name);
        }
    }

    static List<Integer> chunkSizes(Connection c, LocalDate day, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT seq, octet_length(content) FROM open_data_chunk WHERE day = ? AND name = ? ORDER BY seq")) {
            select.setObject(1, day);
            select.setString(2, name);
            List<Integer> sizes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assertEquals(sizes.size(), rows.getInt(1), "chunks numbered from 0 without gaps");
                    sizes.add(rows.getInt(2));
                }
            }
            return sizes;
        }
    }

    /** {@code notices} published takedown notices of one app in two stores each, at noon of the day (one bulk job). */
    void publishMany(LocalDate day, int notices) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL supervision.audit_bulk = 'open-data chunks test'");
            s.execute("""
                    INSERT INTO notice (id, kind, title, status, drafted_by, drafted_at, approved_by, approved_at,
                                        published_by, published_at)
                    SELECT md5('%1$s n' || g)::uuid, 'TAKEDOWN', '关于下架侵害用户权益APP名单的通报（分块 ' || g || '）',
                           'PUBLISHED', 'test', TIMESTAMPTZ '%1$sT09:00:00+08:00', 'test2',
                           TIMESTAMPTZ '%1$sT10:00:00+08:00', 'test2',
                           TIMESTAMPTZ '%1$sT12:00:00+08:00' + g * INTERVAL '1 millisecond'
                    FROM generate_series(1, %2$d) g""".formatted(day, notices));
            s.execute("""
                    INSERT INTO notice_item (id, notice_id, seq, chain_id, app_name, package_name, app_version,
                                             operator_name, operator_credit_code, operator_province_code,
                                             refused_rectification, reported_by)
                    SELECT md5('%1$s i' || g)::uuid, md5('%1$s n' || g)::uuid, 1, md5('%1$s c' || g)::uuid,
                           '分块应用' || g, 'com.chunks.a' || g, '1.0.' || g, '某某科技有限公司', '91110108551385082Q',
                           '11', true, 'MINISTRY'
                    FROM generate_series(1, %2$d) g""".formatted(day, notices));
            s.execute("""
                    INSERT INTO notice_item_problem (item_id, problem_code)
                    SELECT md5('%1$s i' || g)::uuid, p FROM generate_series(1, %2$d) g,
                           unnest(ARRAY['collect-beyond-scope', 'excessive-permissions']) p""".formatted(day, notices));
            s.execute("""
                    INSERT INTO notice_item_store (item_id, store_code)
                    SELECT md5('%1$s i' || g)::uuid, st FROM generate_series(1, %2$d) g,
                           unnest(ARRAY['huawei', 'xiaomi']) st""".formatted(day, notices));
            c.commit();
            c.setAutoCommit(true);
        }
    }
}
