package org.appsupervision.devstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The checks of a service's OpenAPI document: every operation documents its problem responses (at least one 4xx,
 * each 4xx with an {@code application/problem+json} example whose {@code type} is a {@code /problems/...} URI and
 * whose {@code status} is the response's, 404 with a path parameter, 401 and 403 unless the path is public), and
 * every request body and successful answer has an example.
 */
public final class ApiDocumentCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM_JSON = "application/problem+json";

    private ApiDocumentCheck() {
    }

    /** What the document has: how many operations, and every fault found (empty when the document is complete). */
    public record Result(int operations, List<String> faults) {
    }

    /** The problem responses of every operation; {@code publicPath} says which paths need no token. */
    public static Result problems(String document, Predicate<String> publicPath) {
        return walk(document, (name, path, operation, faults) ->
                problems(name, path, operation.path("responses"), publicPath, faults));
    }

    /** A successful answer of every operation, and the examples of every request body and answer but a 204. */
    public static Result examples(String document) {
        return walk(document, (name, path, operation, faults) -> {
            operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!hasExample(media.getValue())) {
                    faults.add(name + ": request body " + media.getKey() + " has no example");
                }
            });
            boolean answered = false;
            for (Iterator<String> statuses = operation.path("responses").fieldNames(); statuses.hasNext(); ) {
                answered |= statuses.next().startsWith("2");
            }
            if (!answered) {
                faults.add(name + ": no successful answer");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                    boolean example = false;
                    for (JsonNode media : response.getValue().path("content")) {
                        example |= hasExample(media);
                    }
                    if (!example) {
                        faults.add(name + ": answer " + response.getKey() + " has no example");
                    }
                }
            });
        });
    }

    private interface OperationCheck {
        void check(String name, String path, JsonNode operation, List<String> faults);
    }

    private static Result walk(String document, OperationCheck check) {
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = read(document).path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations++;
                    check.check(op.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), op.getValue(), faults);
                }
            }
        }
        return new Result(operations, faults);
    }

    private static boolean hasExample(JsonNode media) {
        return (media.has("example") && !media.get("example").isNull()) || !media.path("examples").isEmpty();
    }

    private static void problems(String name, String path, JsonNode responses, Predicate<String> publicPath,
            List<String> faults) {
        boolean anyProblem = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("4")) {
                anyProblem = true;
                problemExamples(name, response.getKey(), response.getValue(), faults);
            }
        }
        if (!anyProblem) {
            faults.add(name + ": no 4xx problem response");
        }
        if (path.contains("{") && !responses.has("404")) {
            faults.add(name + ": a path parameter but no 404 problem response");
        }
        if (!publicPath.test(path) && !(responses.has("401") && responses.has("403"))) {
            faults.add(name + ": not public but no 401 and 403 problem responses");
        }
    }

    private static void problemExamples(String name, String status, JsonNode response, List<String> faults) {
        JsonNode media = response.path("content").path(PROBLEM_JSON);
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.get("example"));
        }
        media.path("examples").forEach(example -> examples.add(example.path("value")));
        if (examples.isEmpty()) {
            faults.add(name + ": " + status + " has no " + PROBLEM_JSON + " example");
        }
        for (JsonNode example : examples) {
            JsonNode problem = example.isTextual() ? read(example.asText()) : example;
            if (!problem.path("type").asText().startsWith("/problems/")) {
                faults.add(name + ": " + status + " has an example whose type is not /problems/...: " + example);
            } else if (!status.equals(problem.path("status").asText())) {
                faults.add(name + ": " + status + " has an example of status " + problem.path("status"));
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode().put("unreadable", json);
        }
    }
}
