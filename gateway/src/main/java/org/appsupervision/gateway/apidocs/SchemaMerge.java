package org.appsupervision.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Adds one service's component schemas to the merged document without losing any: a schema whose name is already
 * taken by a different schema is added under the service's prefix ({@code appstore.Item}), and every {@code $ref}
 * of that service's paths and schemas is rewritten to match. A schema equal to the one already there is shared.
 */
final class SchemaMerge {

    static final String REF_PREFIX = "#/components/schemas/";

    private final ObjectNode merged;

    /** @param merged the merged document's {@code components.schemas}, added to in place */
    SchemaMerge(ObjectNode merged) {
        this.merged = merged;
    }

    /**
     * Adds {@code theirs} (a service's {@code components.schemas}) and returns the names it renamed, old to new;
     * the caller rewrites the service's paths with {@link #rewrite}.
     */
    Map<String, String> add(String prefix, JsonNode theirs) {
        Map<String, String> renamed = new HashMap<>();
        // A schema that refers to a renamed one differs from its namesake only after the rewrite: repeat until stable.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> schema = it.next();
                String name = schema.getKey();
                if (!renamed.containsKey(name) && merged.has(name)
                        && !merged.get(name).equals(rewrite(schema.getValue(), renamed))) {
                    renamed.put(name, freeName(prefix + "." + name));
                    changed = true;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> schema = it.next();
            String name = renamed.getOrDefault(schema.getKey(), schema.getKey());
            if (!merged.has(name)) {
                merged.set(name, rewrite(schema.getValue(), renamed));
            }
        }
        return renamed;
    }

    private String freeName(String wanted) {
        String name = wanted;
        for (int n = 2; merged.has(name); n++) {
            name = wanted + n;
        }
        return name;
    }

    /** A copy of {@code node} whose schema references follow {@code renamed}. */
    static JsonNode rewrite(JsonNode node, Map<String, String> renamed) {
        JsonNode copy = node.deepCopy();
        if (!renamed.isEmpty()) {
            rewriteInPlace(copy, renamed);
        }
        return copy;
    }

    private static void rewriteInPlace(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(REF_PREFIX)) {
                String target = renamed.get(ref.asText().substring(REF_PREFIX.length()));
                if (target != null) {
                    object.put("$ref", REF_PREFIX + target);
                }
            }
            object.forEach(child -> rewriteInPlace(child, renamed));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteInPlace(child, renamed));
        }
    }
}
