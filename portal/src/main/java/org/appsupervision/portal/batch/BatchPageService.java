package org.appsupervision.portal.batch;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.appsupervision.portal.NextLinks;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.jboss.resteasy.reactive.RestResponse;

/** The batch pages' calls to notice-service with the viewer's token: batches, findings, and file imports. */
@ApplicationScoped
public class BatchPageService {

    static final int FINDINGS_PER_PAGE = 50;

    private final NoticeApi notices;

    public BatchPageService(NoticeApi notices) {
        this.notices = notices;
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
        Answer<List<BatchViews.Batch>> batches = WholeLists.<BatchViews.Batch>of(PortalService.NOTICE,
                notices::batches).await().indefinitely();
        String wanted = filter.toLowerCase(Locale.ROOT);
        List<BatchViews.Batch> shown = batches.or(List.of()).stream()
                .filter(b -> wanted.isEmpty() || b.title().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(java.util.Comparator.comparing(BatchViews.Batch::recordedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
        return new Batches(shown, batches.reply());
    }

    /** The recorded batch, or the reply that refused it. */
    public Answer<BatchViews.Batch> record(JsonObject batch, Viewer viewer) {
        return Answer.of(PortalService.NOTICE, notices.recordBatch(batch.encode())).await().indefinitely();
    }

    public BatchPage batch(UUID id, String after, Viewer viewer) {
        Answer<BatchViews.Batch> batch = Answer.of(PortalService.NOTICE, notices.batch(id)).await().indefinitely();
        if (!batch.ok()) {
            return new BatchPage(null, List.of(), null, batch.reply(), false);
        }
        Answer<RestResponse<List<BatchViews.Finding>>> findings = Answer.of(PortalService.NOTICE,
                notices.findings(id, FINDINGS_PER_PAGE, after)).await().indefinitely();
        List<BatchViews.Finding> page = findings.ok() ? findings.value().getEntity() : List.of();
        String next = findings.ok() ? NextLinks.target(findings.value().getHeaderString("Link")) : null;
        boolean refused = findings.reply().status() == 400 && after != null;
        return new BatchPage(batch.value(), page, next == null ? null : NextLinks.after(next), batch.reply(), refused);
    }

    /** Sends an uploaded file to the import of a batch; CSV unless its name says NDJSON (.ndjson, .jsonl). */
    public Answer<BatchViews.ImportJob> importFile(UUID batch, Path file, String fileName, Viewer viewer) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean ndjson = name.endsWith(".ndjson") || name.endsWith(".jsonl");
        InputStream content;
        try {
            content = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (content) {
            return Answer.of(PortalService.NOTICE, ndjson ? notices.importNdjson(batch, content)
                    : notices.importCsv(batch, content)).await().indefinitely();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An import job as it stands, or the reply that kept it from the page. */
    public Answer<BatchViews.ImportJob> job(UUID job, Viewer viewer) {
        return Answer.of(PortalService.NOTICE, notices.importJob(job)).await().indefinitely();
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
