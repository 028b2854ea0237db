package org.appsupervision.notice.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** Walks the service's own OpenAPI document so that no operation can lose its examples or its problem answers. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasExamplesAndItsProblemAnswers() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null) {
                    ((Map<String, Map<String, Object>>) body.get("content")).forEach((type, media) -> {
                        if (!hasExample(media)) {
                            faults.add(name + ": request body " + type + " has no example");
                        }
                    });
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                boolean answered = false;
                for (Map.Entry<String, Map<String, Object>> response : responses.entrySet()) {
                    Map<String, Map<String, Object>> content =
                            (Map<String, Map<String, Object>>) response.getValue().get("content");
                    if (response.getKey().startsWith("2")) {
                        answered = true;
                        if (!response.getKey().equals("204") && (content == null
                                || content.values().stream().noneMatch(ApiDocumentTest::hasExample))) {
                            faults.add(name + ": answer " + response.getKey() + " has no example");
                        }
                    } else if (response.getKey().startsWith("4")) {
                        Map<String, Object> problem = content == null ? null : content.get("application/problem+json");
                        if (problem == null || !hasExample(problem) || !String.valueOf(problem).contains("/problems/")) {
                            faults.add(name + ": " + response.getKey() + " has no problem example with its type");
                        }
                    }
                }
                if (!answered) {
                    faults.add(name + ": no successful answer");
                }
                if (!path.getKey().startsWith("/api/public/") && path.getKey().startsWith("/api/")
                        && !(responses.containsKey("401") && responses.containsKey("403"))) {
                    faults.add(name + ": no 401 and 403 problem answers");
                }
                if (path.getKey().contains("{") && !responses.containsKey("404")) {
                    faults.add(name + ": no 404 problem answer");
                }
            }
        }
        assertTrue(operations >= 35, "the document lists " + operations + " operations");
        assertEquals(List.of(), faults);
    }

    private static boolean hasExample(Map<String, Object> media) {
        return media.get("example") != null || (media.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty());
    }
}
