package org.appsupervision.gateway.portal.batch;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.appsupervision.gateway.portal.PortalService;
import org.appsupervision.gateway.portal.ServiceClient;
import org.appsupervision.gateway.portal.ServiceReply;
import org.appsupervision.gateway.portal.Viewer;

/** The batch pages' calls to notice-service with the viewer's token: batches, findings, and file imports. */
@ApplicationScoped
public class BatchPageService {

    static final int FINDINGS_PER_PAGE = 50;

    private final ServiceClient services;

    public BatchPageService(ServiceClient services) {
        this.services = services;
    }

    /** Batches whose title contains the filter (all when it is empty), with the reply for failures. */
    public record Batches(List<BatchViews.Batch> batches, ServiceReply reply) {
    }

    /** One batch, a page of its findings (after a finding id) and whether there are more. */
    public record BatchPage(BatchViews.Batch batch, List<BatchViews.Finding> findings, Long nextAfter, ServiceReply reply) {
    }

    public Batches batches(String filter, Viewer viewer) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/batches", viewer));
        BatchViews.Batch[] batches = services.read(reply, BatchViews.Batch[].class);
        String wanted = filter.toLowerCase(Locale.ROOT);
        List<BatchViews.Batch> shown = batches == null ? List.of() : List.of(batches).stream()
                .filter(b -> wanted.isEmpty() || b.title().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(java.util.Comparator.comparing(BatchViews.Batch::recordedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
        return new Batches(shown, reply);
    }

    public ServiceReply record(JsonObject batch, Viewer viewer) {
        return services.await(services.send(PortalService.NOTICE, HttpMethod.POST, "/api/batches", viewer,
                "application/json", Buffer.buffer(batch.encode())));
    }

    public BatchPage batch(UUID id, long after, Viewer viewer) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/batches/" + id, viewer));
        BatchViews.Batch batch = services.read(reply, BatchViews.Batch.class);
        if (batch == null) {
            return new BatchPage(null, List.of(), null, reply);
        }
        BatchViews.Finding[] findings = services.read(services.await(services.get(PortalService.NOTICE,
                "/api/findings?batchId=" + id + "&after=" + after + "&limit=" + FINDINGS_PER_PAGE, viewer)),
                BatchViews.Finding[].class);
        List<BatchViews.Finding> page = findings == null ? List.of() : List.of(findings);
        Long next = page.size() == FINDINGS_PER_PAGE ? page.get(page.size() - 1).id() : null;
        return new BatchPage(batch, page, next, reply);
    }

    /** Sends an uploaded file to the import of a batch; CSV unless its name says NDJSON (.ndjson, .jsonl). */
    public ServiceReply importFile(UUID batch, Path file, String fileName, Viewer viewer) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = name.endsWith(".ndjson") || name.endsWith(".jsonl") ? "application/x-ndjson" : "text/csv";
        return services.await(services.sendFile(PortalService.NOTICE, "/api/findings/imports?batchId=" + batch, viewer,
                type, file));
    }

    public ServiceReply job(UUID job, Viewer viewer) {
        return services.await(services.get(PortalService.NOTICE, "/api/findings/imports/" + job, viewer));
    }

    public BatchViews.ImportJob read(ServiceReply reply) {
        return services.read(reply, BatchViews.ImportJob.class);
    }

    /** Lines of an uploaded file that hold data (not blank), to show the import's progress against. */
    public static long dataLines(Path file) {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (buffer[i] != '\r' && buffer[i] != ' ') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines + (content ? 1 : 0);
    }
}
