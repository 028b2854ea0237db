package org.appsupervision.portal.batch;

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
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.ops.Query;

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

    /**
     * One batch, a page of its findings (after the cursor the previous page's {@code Link rel="next"} gave), the
     * cursor of the next page (null on the last) and whether the cursor was refused.
     */
    public record BatchPage(BatchViews.Batch batch, List<BatchViews.Finding> findings, String nextAfter,
            ServiceReply reply, boolean cursorRefused) {
    }

    public Batches batches(String filter, Viewer viewer) {
        ServiceReply reply = services.await(services.getAll(PortalService.NOTICE, "/api/batches", viewer));
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

    public BatchPage batch(UUID id, String after, Viewer viewer) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/batches/" + id, viewer));
        BatchViews.Batch batch = services.read(reply, BatchViews.Batch.class);
        if (batch == null) {
            return new BatchPage(null, List.of(), null, reply, false);
        }
        ServiceClient.Paged paged = services.getPaged(PortalService.NOTICE, "/api/findings" + Query.of()
                .add("batchId", id).add("after", after).add("limit", FINDINGS_PER_PAGE), viewer)
                .await().indefinitely();
        BatchViews.Finding[] findings = services.read(paged.reply(), BatchViews.Finding[].class);
        List<BatchViews.Finding> page = findings == null ? List.of() : List.of(findings);
        boolean refused = paged.reply().status() == 400 && after != null;
        return new BatchPage(batch, page, paged.next(), reply, refused);
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
