package org.appsupervision.notice.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads findings for officials, auditors and bureau officers. */
@ApplicationScoped
public class FindingService {

    private final FindingQueries queries;

    public FindingService(FindingQueries queries) {
        this.queries = queries;
    }

    @Transactional
    public List<FindingView> find(String packageName, UUID batchId, long afterId, int limit) {
        return queries.find(packageName, batchId, afterId, limit);
    }
}
