package org.appsupervision.notice.finding;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.notice.batch.DetectionBatch;
import org.appsupervision.notice.batch.DetectionBatchRepository;
import org.appsupervision.notice.duallist.DualListCheckService;
import org.appsupervision.notice.duallist.DualListCheckView.FlowCheck;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/** Reads findings for officials, auditors and bureau officers. */
@ApplicationScoped
public class FindingService {

    private static final String LIST = "findings";

    private final FindingQueries queries;
    private final DetectionBatchRepository batches;
    private final DualListCheckService disclosures;

    public FindingService(FindingQueries queries, DetectionBatchRepository batches,
            DualListCheckService disclosures) {
        this.queries = queries;
        this.batches = batches;
        this.disclosures = disclosures;
    }

    /** Findings by app or batch; a bureau officer reads those of the ministry's and their own province's batches. */
    @Transactional
    public Page<FindingView> find(String packageName, UUID batchId, PageRequest page, BureauScope scope) {
        if (batchId != null) {
            DetectionBatch batch = batches.findByIdOptional(batchId)
                    .orElseThrow(() -> ProblemException.notFound("Batch", batchId));
            if (!scope.mayRead(batch.provinceCode)) {
                throw new ForbiddenException("A bureau officer reads the findings of the ministry's and their own "
                        + "province's batches only");
            }
        }
        Cursor after = page.after(LIST);
        Page<FindingView> found = Page.of(queries.find(packageName, batchId, after == null ? 0 : after.number(0),
                page.limit() + 1, scope.readerProvince()), page.limit(), f -> Cursor.encode(LIST, f.id()), f -> f);
        Map<Long, List<FlowCheck>> flows = disclosures.forFindings(found.rows().stream().map(FindingView::id).toList());
        return flows.isEmpty() ? found : found.map(f -> f.withFlows(flows.getOrDefault(f.id(), List.of()).stream()
                .map(c -> new FindingView.Flow(c.activity(), c.kind(), c.recipient(), c.disclosed(), c.reason()))
                .toList()));
    }
}
