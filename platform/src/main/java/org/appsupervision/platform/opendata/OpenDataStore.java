package org.appsupervision.platform.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables {@code open_data_manifest} and {@code open_data_file} (see {@code R__0_platform_open_data.sql}, whose
 * triggers refuse any change or removal of a row once written): writes a day's files and manifest, reads them back.
 */
final class OpenDataStore {

    private OpenDataStore() {
    }

    static void insertManifest(Connection c, LocalDate day, Instant generatedAt, String licence) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO open_data_manifest (day, generated_at, licence) VALUES (?, ?, ?)")) {
            insert.setObject(1, day);
            insert.setTimestamp(2, Timestamp.from(generatedAt));
            insert.setString(3, licence);
            insert.executeUpdate();
        }
    }

    static void insertFile(Connection c, LocalDate day, int position, DatasetFiles.Written written)
            throws SQLException {
        OpenDataFile f = written.file();
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO open_data_file (day, name, position, dataset, format, media_type, sha256, bytes, row_count,
                                            content)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                InputStream content = Files.newInputStream(written.path())) {
            insert.setObject(1, day);
            insert.setString(2, f.name());
            insert.setInt(3, position);
            insert.setString(4, f.dataset());
            insert.setString(5, f.format());
            insert.setString(6, f.mediaType());
            insert.setString(7, f.sha256());
            insert.setLong(8, f.bytes());
            insert.setLong(9, f.rows());
            insert.setBinaryStream(10, content, f.bytes());
            insert.executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifests of the days before {@code before} (all when null), newest first, at most {@code limit}. */
    static List<OpenDataManifest> manifests(Connection c, String service, LocalDate before, int limit)
            throws SQLException {
        Map<LocalDate, OpenDataManifest> days = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT day, generated_at, licence FROM open_data_manifest
                WHERE ?::date IS NULL OR day < ?::date ORDER BY day DESC LIMIT ?""")) {
            select.setObject(1, before);
            select.setObject(2, before);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = rows.getObject(1, LocalDate.class);
                    days.put(day, new OpenDataManifest(service, day, rows.getTimestamp(2).toInstant(),
                            rows.getString(3), new ArrayList<>()));
                }
            }
        }
        if (days.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = c.prepareStatement("""
                SELECT day, name, dataset, format, media_type, sha256, bytes, row_count FROM open_data_file
                WHERE day = ANY (?) ORDER BY day DESC, position""")) {
            select.setArray(1, c.createArrayOf("date", days.keySet().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days.get(rows.getObject(1, LocalDate.class)).files().add(new OpenDataFile(rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getLong(7), rows.getLong(8)));
                }
            }
        }
        return days.values().stream().map(m -> new OpenDataManifest(m.service(), m.date(), m.generatedAt(),
                m.licence(), List.copyOf(m.files()))).toList();
    }

    static Optional<OpenDataManifest> manifest(Connection c, String service, LocalDate day) throws SQLException {
        return manifests(c, service, day.plusDays(1), 1).stream().filter(m -> m.date().equals(day)).findFirst();
    }

    /** A stored file: its entry and its bytes. */
    record Content(OpenDataFile file, byte[] bytes) {
    }

    static Optional<Content> file(Connection c, LocalDate day, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT name, dataset, format, media_type, sha256, bytes, row_count, content FROM open_data_file
                WHERE day = ? AND name = ?""")) {
            select.setObject(1, day);
            select.setString(2, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Content(new OpenDataFile(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getLong(6), rows.getLong(7)),
                        rows.getBytes(8)));
            }
        }
    }
}
