package org.appsupervision.appstore.proactive;

/** How an upload's lines are written: CSV (packageName,appName,removedAt,reason; header optional) or one JSON object per line. */
public enum UploadFormat {
    CSV,
    NDJSON
}
