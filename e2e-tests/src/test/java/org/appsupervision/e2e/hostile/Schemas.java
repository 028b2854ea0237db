package org.appsupervision.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Resolves the {@code $ref}s, {@code allOf}s and nullable type lists of an OpenAPI document's JSON schemas. */
public final class Schemas {

    private final JsonNode components;

    public Schemas(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    /** The schema with its reference followed and its first {@code allOf}/{@code oneOf}/{@code anyOf} taken. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int depth = 0; depth < 20; depth++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                JsonNode target = components.path(ref.substring(ref.lastIndexOf('/') + 1));
                current = merged(current, target);
            } else if (current.has("allOf") && current.get("allOf").size() > 0) {
                current = merged(current, current.get("allOf").get(0));
            } else if (current.has("oneOf") && current.get("oneOf").size() > 0) {
                current = merged(current, current.get("oneOf").get(0));
            } else if (current.has("anyOf") && current.get("anyOf").size() > 0) {
                current = merged(current, current.get("anyOf").get(0));
            } else {
                return current;
            }
        }
        return current;
    }

    /** The type named by the schema; a list of types gives its first that is not {@code null}. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    private static JsonNode merged(JsonNode outer, JsonNode inner) {
        ObjectNode result = inner.isObject() ? ((ObjectNode) inner).deepCopy() : com.fasterxml.jackson.databind.node
                .JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = outer.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("$ref") && !field.getKey().equals("allOf") && !field.getKey().equals("oneOf")
                    && !field.getKey().equals("anyOf")) {
                result.set(field.getKey(), field.getValue());
            }
        }
        return result;
    }
}
