package org.appsupervision.notice.notice;

/** The three kinds of notice (通报). The walking skeleton drafts takedown notices only. */
public enum NoticeKind {
    RECTIFICATION,
    RECHECK,
    TAKEDOWN
}
