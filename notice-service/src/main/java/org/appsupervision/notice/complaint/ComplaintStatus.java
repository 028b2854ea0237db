package org.appsupervision.notice.complaint;

/** Where a complaint stands: open (received, under review) or closed (merged, rejected, turned into a finding). */
public enum ComplaintStatus {
    RECEIVED,
    UNDER_REVIEW,
    MERGED,
    REJECTED,
    FINDING;

    public boolean isOpen() {
        return this == RECEIVED || this == UNDER_REVIEW;
    }
}
