package org.appsupervision.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The OpenAPI documents the stub services publish: notice-service and appstore-service each have a schema
 * {@code Item} and a schema {@code Status} of their own, different from the other's, and share an equal
 * {@code Problem}, as the real services do.
 */
public final class StubApiDocuments {

    private StubApiDocuments() {
    }

    public static String notice() {
        return document(new JsonObject()
                .put("/api/notices/{id}", get(ref("Item"))),
                new JsonObject()
                        .put("Item", object(new JsonObject().put("packageName", new JsonObject().put("type", "string"))
                                .put("status", ref("Status"))))
                        .put("Status", new JsonObject().put("type", "string").put("enum", new JsonArray().add("DRAFT")
                                .add("PUBLISHED")))
                        .put("Problem", problem()));
    }

    public static String appstore() {
        return document(new JsonObject()
                .put("/api/store/orders/confirmations", new JsonObject().put("post", new JsonObject()
                        .put("requestBody", content(ref("BulkConfirmationRequest")))
                        .put("responses", new JsonObject().put("400", content(ref("Problem"))))))
                .put("/api/stores/{id}/status", get(ref("Status"))),
                new JsonObject()
                        .put("BulkConfirmationRequest", object(new JsonObject().put("items", new JsonObject()
                                .put("type", "array").put("items", ref("Item")))))
                        .put("Item", object(new JsonObject().put("orderId", new JsonObject().put("type", "string")
                                .put("format", "uuid")).put("status", ref("Status"))))
                        .put("Status", new JsonObject().put("type", "string").put("enum", new JsonArray().add("PENDING")
                                .add("CONFIRMED")))
                        .put("Problem", problem()));
    }

    private static String document(JsonObject paths, JsonObject schemas) {
        return new JsonObject().put("openapi", "3.1.0").put("info", new JsonObject().put("title", "stub"))
                .put("paths", paths).put("components", new JsonObject().put("schemas", schemas)).encode();
    }

    private static JsonObject get(JsonObject schema) {
        return new JsonObject().put("get", new JsonObject().put("responses", new JsonObject().put("200", content(schema))));
    }

    private static JsonObject content(JsonObject schema) {
        return new JsonObject().put("content", new JsonObject().put("application/json",
                new JsonObject().put("schema", schema)));
    }

    private static JsonObject object(JsonObject properties) {
        return new JsonObject().put("type", "object").put("properties", properties);
    }

    private static JsonObject problem() {
        return object(new JsonObject().put("type", new JsonObject().put("type", "string"))
                .put("status", new JsonObject().put("type", "integer")));
    }

    private static JsonObject ref(String schema) {
        return new JsonObject().put("$ref", "#/components/schemas/" + schema);
    }
}
