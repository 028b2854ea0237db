package org.appsupervision.portal.api.opendata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One day's dump of a service: its files with checksums, sizes and row counts, and the licence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(LocalDate date, Instant generatedAt, String licence, List<File> files) {

    /** One file of the dump. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(String name, String dataset, String sha256, long bytes, long rows) {
    }
}
