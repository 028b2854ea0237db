package org.appsupervision.notice.rectification;

/** Where an item's rectification stands: waiting for the deadline and re-check, rectified, or not rectified. */
public enum RectificationStatus {
    PENDING,
    RECTIFIED,
    NOT_RECTIFIED
}
