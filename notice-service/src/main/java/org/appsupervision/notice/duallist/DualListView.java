package org.appsupervision.notice.duallist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.duallist.DualListRequest.Collected;
import org.appsupervision.notice.duallist.DualListRequest.Shared;

/**
 * One version of the dual list of an app version as the API shows it: DRAFT (the enterprise's, still changing) or
 * PUBLISHED (never changes again).
 */
public record DualListView(UUID id, String packageName, String appName, String appVersion, int version,
        String status, String updatedBy, Instant updatedAt, String publishedBy, Instant publishedAt,
        List<Collected> collected, List<Shared> shared) {

    /** A list version without its rows, for histories. */
    public record Summary(UUID id, String appVersion, int version, String status, int collectedCount, int sharedCount,
            Instant updatedAt, Instant publishedAt) {
    }

    /** One of the enterprise's apps with the versions that have findings or dual lists. */
    public record AppVersions(String packageName, String name, List<VersionState> versions) {
    }

    /** An app version: the number of its latest published list version (0: none) and whether a draft is open. */
    public record VersionState(String appVersion, int publishedVersion, UUID draftId) {
    }
}
