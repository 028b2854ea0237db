package org.appsupervision.platform.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * A keyset cursor: the sort key of the last row of a page (its sort columns and its id), named after its list so a
 * cursor of another list is refused. Written as base64url of a JSON array, which clients treat as opaque.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST = 2048;

    private final List<String> keys;

    private Cursor(List<String> keys) {
        this.keys = keys;
    }

    /** The cursor of a row of {@code list} whose sort key is {@code keys} (nulls allowed). */
    public static String encode(String list, Object... keys) {
        ArrayNode array = JSON.createArrayNode().add(list);
        for (Object key : keys) {
            array.add(key == null ? null : key.toString());
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor of {@code list}; anything else (malformed, of another list) is a 400 naming {@code after}. */
    public static Cursor decode(String list, String raw) {
        try {
            if (raw.length() > LONGEST) {
                throw refused();
            }
            JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(raw));
            if (array == null || !array.isArray() || array.size() < 2 || !list.equals(array.get(0).asText(null))) {
                throw refused();
            }
            List<String> keys = new ArrayList<>();
            for (int i = 1; i < array.size(); i++) {
                JsonNode key = array.get(i);
                if (!key.isNull() && !key.isTextual()) {
                    throw refused();
                }
                keys.add(key.isNull() ? null : key.asText());
            }
            return new Cursor(Collections.unmodifiableList(keys));
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw refused();
        }
    }

    public String text(int i) {
        return read(i, Function.identity());
    }

    public Instant instant(int i) {
        return read(i, Instant::parse);
    }

    public LocalDate date(int i) {
        return read(i, LocalDate::parse);
    }

    public UUID uuid(int i) {
        return read(i, s -> {
            if (s.length() != 36) {
                throw new IllegalArgumentException("not a whole UUID");
            }
            return UUID.fromString(s);
        });
    }

    public long number(int i) {
        return read(i, Long::parseLong);
    }

    /** Whether key {@code i} is null (a row whose sort column was empty). */
    public boolean isNull(int i) {
        if (i >= keys.size()) {
            throw refused();
        }
        return keys.get(i) == null;
    }

    private <T> T read(int i, Function<String, T> reading) {
        if (i >= keys.size() || keys.get(i) == null) {
            throw refused();
        }
        try {
            return reading.apply(keys.get(i));
        } catch (RuntimeException e) {
            throw refused();
        }
    }

    static ProblemException refused() {
        return new ProblemException(ProblemTypes.VALIDATION, "The query parameter 'after' is not a cursor of this list",
                List.of(new Problem.FieldError("after", "must be the cursor of a Link rel=\"next\" this list answered")));
    }
}
