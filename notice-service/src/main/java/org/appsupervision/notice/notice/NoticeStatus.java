package org.appsupervision.notice.notice;

/**
 * Where a notice is in its life: drafted, approved by a second person, published (frozen); or withdrawn before
 * publication (discarded, kept as a record, never published).
 */
public enum NoticeStatus {
    DRAFT,
    APPROVED,
    PUBLISHED,
    WITHDRAWN
}
