package org.appsupervision.notice.finding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads findings from NDJSON: one JSON object per line; blank lines are skipped but counted. */
public final class NdjsonFindingSource implements FindingSource {

    private final BufferedReader reader;
    private final ObjectReader json;
    private long lineNumber;

    public NdjsonFindingSource(InputStream in, ObjectMapper mapper) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.json = mapper.readerFor(FindingLine.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public Parsed next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            lineNumber++;
        } while (text != null && text.isBlank());
        if (text == null) {
            return null;
        }
        try {
            FindingLine line = json.readValue(text);
            return line == null ? new Parsed(lineNumber, null, "not a finding object: null")
                    : new Parsed(lineNumber, line, null);
        } catch (JsonProcessingException e) {
            return new Parsed(lineNumber, null, "not a finding object: " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
