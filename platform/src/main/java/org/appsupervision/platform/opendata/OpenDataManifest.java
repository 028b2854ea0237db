package org.appsupervision.platform.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The manifest of one day's dump of one service: its files with checksums, sizes and row counts, and the licence. */
public record OpenDataManifest(String service, LocalDate date, Instant generatedAt, String licence,
        List<OpenDataFile> files) {
}
