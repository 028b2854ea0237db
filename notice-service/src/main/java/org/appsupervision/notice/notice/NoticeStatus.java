package org.appsupervision.notice.notice;

/** Where a notice is in its life: drafted, approved by a second person, published (frozen). */
public enum NoticeStatus {
    DRAFT,
    APPROVED,
    PUBLISHED
}
