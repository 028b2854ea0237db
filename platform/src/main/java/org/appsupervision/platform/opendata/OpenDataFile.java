package org.appsupervision.platform.opendata;

/** One file of a day's dump as its manifest lists it: name, dataset, format, media type, SHA-256, size, rows. */
public record OpenDataFile(String name, String dataset, String format, String mediaType, String sha256, long bytes,
        long rows) {

    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";
    public static final String JSONL_MEDIA_TYPE = "application/jsonl; charset=UTF-8";
}
