package org.appsupervision.portal;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service answered the portal: a success with its JSON body, a problem document, or nothing
 * because the service could not be reached (down, timed out, or its circuit open at the gateway).
 */
public record ServiceReply(PortalService service, int status, String body, Problem problem) {

    /** A service's problem, ready for a page: its (bilingual) title, detail and the fields at fault. */
    public record Problem(String type, String title, String detail, Map<String, String> fieldErrors) {

        public String fieldError(String field) {
            return fieldErrors.get(field);
        }

        public boolean hasFieldErrors() {
            return !fieldErrors.isEmpty();
        }
    }

    public static ServiceReply unavailable(PortalService service) {
        return new ServiceReply(service, 0, null, null);
    }

    /** The reply of a status and body: a success, a problem document, or the service's absence (502, 503, 504). */
    public static ServiceReply of(PortalService service, int status, String body) {
        if (status >= 200 && status < 300) {
            return new ServiceReply(service, status, body, null);
        }
        if (status == 502 || status == 503 || status == 504) {
            return unavailable(service);
        }
        return new ServiceReply(service, status, body, problemOf(status, body));
    }

    public boolean ok() {
        return problem == null && status != 0;
    }

    public boolean unavailable() {
        return status == 0;
    }

    public JsonObject object() {
        return ok() && body != null && body.startsWith("{") ? new JsonObject(body) : new JsonObject();
    }

    public JsonArray array() {
        return ok() && body != null && body.startsWith("[") ? new JsonArray(body) : new JsonArray();
    }

    private static Problem problemOf(int status, String body) {
        JsonObject json;
        try {
            json = body != null && body.startsWith("{") ? new JsonObject(body) : new JsonObject();
        } catch (RuntimeException e) {
            json = new JsonObject();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        JsonArray errors = json.getJsonArray("errors", new JsonArray());
        for (Object error : errors) {
            if (error instanceof JsonObject e && e.getString("field") != null) {
                fields.merge(e.getString("field"), e.getString("message", ""), (a, b) -> a + "; " + b);
            }
        }
        String title = json.getString("title", "服务拒绝了请求 / The service refused the request (" + status + ")");
        return new Problem(json.getString("type", "about:blank"), title, json.getString("detail"), fields);
    }

    /** The errors of a problem as a list, for a summary above a form. */
    public List<Map.Entry<String, String>> fieldErrorList() {
        return problem == null ? List.of() : List.copyOf(problem.fieldErrors().entrySet());
    }
}
