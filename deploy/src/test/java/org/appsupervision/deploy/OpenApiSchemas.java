package org.appsupervision.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates an object against a CRD's structural openAPIV3Schema the way the API server does with
 * strict field validation: JSON Schema keywords (types, enums, bounds, required) and no unknown fields.
 */
final class OpenApiSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private OpenApiSchemas() {
    }

    static List<String> problems(String what, JsonNode schema, JsonNode object) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : FACTORY.getSchema(schema).validate(object)) {
            problems.add(what + ": " + message.getMessage());
        }
        unknownFields(what, "$", schema, object, problems);
        return problems;
    }

    private static void unknownFields(String what, String path, JsonNode schema, JsonNode value, List<String> problems) {
        if (schema == null || schema.isMissingNode() || schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            return;
        }
        if (value.isArray()) {
            int i = 0;
            for (JsonNode item : value) {
                unknownFields(what, path + "[" + i++ + "]", schema.path("items"), item, problems);
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        if (!properties.isObject()) {
            if (additional.isObject()) {
                value.fields().forEachRemaining(e -> unknownFields(what, path + "." + e.getKey(), additional, e.getValue(), problems));
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode fieldSchema = properties.get(field.getKey());
            if (fieldSchema == null) {
                problems.add(what + ": " + path + "." + field.getKey() + " is not a field of the schema");
            } else if (!"metadata".equals(field.getKey()) || !"$".equals(path)) {
                unknownFields(what, path + "." + field.getKey(), fieldSchema, field.getValue(), problems);
            }
        }
    }
}
