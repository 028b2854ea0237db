package org.appsupervision.notice.complaint;

import java.time.Instant;
import java.util.List;

/**
 * A complaint's public status by its tracking number: the app and problems named, and its progress. Never any
 * personal data, not even the complainant's own contact, nor the free text (which may hold some).
 */
public record PublicComplaintView(String trackingNumber, ComplaintStatus status, String appName, String packageName,
        String store, List<String> problems, Instant receivedAt, List<Step> progress, String rejectionReason,
        String mergedInto) {

    /** One step of the progress: received, under review, then merged, rejected or turned into a finding. */
    public record Step(ComplaintStatus status, Instant at) {
    }
}
