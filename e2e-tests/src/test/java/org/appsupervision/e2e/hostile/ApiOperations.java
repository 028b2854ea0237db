package org.appsupervision.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of an OpenAPI document: method, path, parameters, request body and the roles it names. */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One parameter of an operation, its schema resolved. */
    public record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /**
     * One operation; {@code contentType}, {@code bodySchema} and {@code bodyExample} are null without a request
     * body (the example is the document's first, missing when it gives none), {@code roles} is null when the
     * document names no security requirement.
     */
    public record Operation(String method, String path, List<Param> params, String contentType, JsonNode bodySchema,
            JsonNode bodyExample, boolean bodyRequired, List<String> roles) {

        public String key() {
            return method + " " + path;
        }

        public boolean hasInput() {
            return !params.isEmpty() || contentType != null;
        }
    }

    private ApiOperations() {
    }

    public static List<Operation> of(JsonNode document, Schemas schemas) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey().toUpperCase(), path.getKey(), path.getValue(), op.getValue(),
                            schemas));
                }
            }
        }
        return operations;
    }

    private static Operation operation(String method, String path, JsonNode pathItem, JsonNode op, Schemas schemas) {
        List<Param> params = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : source) {
                params.add(new Param(p.path("name").asText(), p.path("in").asText(), schemas.resolve(p.path("schema")),
                        p.path("required").asBoolean(false) || "path".equals(p.path("in").asText())));
            }
        }
        String contentType = null;
        JsonNode bodySchema = null;
        JsonNode bodyExample = null;
        JsonNode content = op.path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            Map.Entry<String, JsonNode> first = content.fields().next();
            contentType = first.getKey();
            bodySchema = schemas.resolve(first.getValue().path("schema"));
            JsonNode examples = first.getValue().path("examples");
            bodyExample = examples.isObject() && examples.size() > 0 ? examples.elements().next().path("value")
                    : first.getValue().path("example");
        }
        return new Operation(method, path, List.copyOf(params), contentType, bodySchema, bodyExample,
                op.path("requestBody").path("required").asBoolean(false), rolesOf(op));
    }

    private static List<String> rolesOf(JsonNode op) {
        if (!op.has("security")) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : op.get("security")) {
            requirement.elements().forEachRemaining(scopes -> scopes.forEach(role -> roles.add(role.asText())));
        }
        return List.copyOf(roles);
    }
}
