package org.appsupervision.platform.opendata;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a day's dump of this service's datasets (every dataset as CSV and JSON Lines, and the day's manifest) in one
 * transaction, and reads manifests, files and statistics back. A day is dumped once: asking again (the scheduler
 * of another replica, an admin) answers the manifest already written, whose files never change.
 */
@ApplicationScoped
public class OpenDataDumps {

    /** Days before this one are refused: the campaign's records start in 2019, so no dump could name anything. */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final String LIST = "open-data-manifests";

    private final DataSource database;
    private final Instance<OpenDataset> datasets;
    private final OpenDataConfig config;
    private final String service;

    public OpenDataDumps(DataSource database, Instance<OpenDataset> datasets, OpenDataConfig config,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.database = database;
        this.datasets = datasets;
        this.config = config;
        this.service = service;
    }

    /** A day's manifest, and whether this call wrote it (false: it existed and is answered unchanged). */
    public record Dump(OpenDataManifest manifest, boolean written) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Dump dump(LocalDate day) {
        requireEnded(day);
        try (Connection c = database.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('open-data-dump'))")) {
                lock.execute();
            }
            Optional<OpenDataManifest> existing = OpenDataStore.manifest(c, service, day);
            if (existing.isPresent()) {
                return new Dump(existing.get(), false);
            }
            OpenDataStore.insertManifest(c, day, Instant.now(), config.licence());
            int position = 0;
            for (OpenDataset dataset : sorted()) {
                try (DatasetFiles files = new DatasetFiles(dataset, day)) {
                    dataset.rows(day, day, files);
                    for (DatasetFiles.Written written : files.finish()) {
                        OpenDataStore.insertFile(c, day, position++, written);
                    }
                }
            }
            return new Dump(OpenDataStore.manifest(c, service, day).orElseThrow(), true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public Page<OpenDataManifest> manifests(PageRequest page) {
        var after = page.after(LIST);
        try (Connection c = database.getConnection()) {
            return Page.of(OpenDataStore.manifests(c, service, after == null ? null : after.date(0), page.limit() + 1),
                    page.limit(), m -> Cursor.encode(LIST, m.date()), m -> m);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public OpenDataManifest manifest(LocalDate day) {
        try (Connection c = database.getConnection()) {
            return OpenDataStore.manifest(c, service, day)
                    .orElseThrow(() -> ProblemException.notFound("Open-data manifest", day));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public OpenDataStore.Content file(LocalDate day, String name) {
        try (Connection c = database.getConnection()) {
            return OpenDataStore.file(c, day, name).orElseThrow(() -> ProblemException.notFound("Open-data file", name));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statistics datasets' rows for the days {@code from} to {@code to}: the figures of their dumps. */
    @Transactional
    public Map<String, List<Map<String, Object>>> statistics(LocalDate from, LocalDate to) {
        Map<String, List<Map<String, Object>>> figures = new TreeMap<>();
        for (OpenDataset dataset : sorted()) {
            if (dataset.statistics()) {
                List<Map<String, Object>> rows = new java.util.ArrayList<>();
                dataset.rows(from, to, values -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < values.length; i++) {
                        row.put(dataset.columns().get(i), OpenDataValues.plain(values[i]));
                    }
                    rows.add(row);
                });
                figures.put(dataset.name(), rows);
            }
        }
        return figures;
    }

    /** The last day that has ended in the configured zone. */
    public LocalDate yesterday() {
        return LocalDate.now(config.zone()).minusDays(1);
    }

    public String service() {
        return service;
    }

    List<OpenDataset> sorted() {
        return datasets.stream().sorted(Comparator.comparing(OpenDataset::name)).toList();
    }

    private void requireEnded(LocalDate day) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(yesterday())) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("date",
                    "must be a day that has ended (" + config.zone() + "), from " + FIRST_DAY + " to " + yesterday())));
        }
    }
}
