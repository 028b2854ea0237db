package org.appsupervision.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Plausible valid values for a JSON schema: required fields only, the first enum value, a value that matches the
 * schema's format or pattern (from a list of candidates typical of this domain), numbers inside their bounds.
 * Deterministic for a given seed, so a failing run can be repeated exactly.
 */
public final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Candidates tried in order against a schema's pattern and length bounds. */
    private static final List<String> CANDIDATES = List.of("hostile-probe", "11", "110105", "2026",
            "com.example.hostile", "91110108551385082Q", "hostile.probe", "a", "A1", "x1-y", "测试值");

    private final Schemas schemas;
    private final Random random;

    public SchemaValues(Schemas schemas, long seed) {
        this.schemas = schemas;
        this.random = new Random(seed);
    }

    public Schemas schemas() {
        return schemas;
    }

    public JsonNode valid(JsonNode schema) {
        return valid(schemas.resolve(schema), 0);
    }

    /** A valid text for a parameter or form field with this schema. */
    public String text(JsonNode schema) {
        JsonNode value = valid(schema);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private JsonNode valid(JsonNode schema, int depth) {
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        if (schema.has("example") && schema.get("example").isValueNode()) {
            return schema.get("example");
        }
        return switch (Schemas.type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> JSON.numberNode(Math.max(1L, schema.path("minimum").asLong(1L)));
            case "number" -> JSON.numberNode(Math.max(1.0, schema.path("minimum").asDouble(1.0)));
            case "boolean" -> JSON.booleanNode(false);
            default -> JSON.textNode(string(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        if (depth > 6) {
            return object;
        }
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            object.set(name, valid(schemas.resolve(schema.path("properties").path(name)), depth + 1));
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode array = JSON.arrayNode();
        int count = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < Math.min(count, 3); i++) {
            array.add(valid(schemas.resolve(schema.path("items")), depth + 1));
        }
        return array;
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date":
                return "2026-11-02";
            case "date-time":
                return "2026-11-02T08:00:00Z";
            case "email":
                return "probe@example.org";
            case "uri", "url":
                return "https://example.org/hostile";
            default:
                break;
        }
        if (schema.has("examples") && schema.get("examples").size() > 0 && schema.get("examples").get(0).isTextual()) {
            return schema.get("examples").get(0).asText();
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        Pattern pattern = schema.has("pattern") ? Pattern.compile(schema.get("pattern").asText()) : null;
        // Bean Validation matches the whole value, JSON Schema only searches: prefer a candidate that satisfies both.
        for (boolean whole : new boolean[] {true, false}) {
            for (String candidate : CANDIDATES) {
                if (candidate.length() >= min && candidate.length() <= max && (pattern == null
                        || (whole ? pattern.matcher(candidate).matches() : pattern.matcher(candidate).find()))) {
                    return candidate;
                }
            }
        }
        return "x".repeat(Math.max(1, Math.min(min, 64)));
    }
}
