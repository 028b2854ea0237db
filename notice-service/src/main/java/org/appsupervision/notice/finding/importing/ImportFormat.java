package org.appsupervision.notice.finding.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** The file formats a findings import accepts, by media type. */
public enum ImportFormat {
    CSV("text/csv"),
    NDJSON("application/x-ndjson");

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    FindingSource open(InputStream in, ObjectMapper mapper) throws IOException {
        return this == CSV ? new CsvFindingSource(in) : new NdjsonFindingSource(in, mapper);
    }
}
