package org.appsupervision.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document check on small hand-written documents, so that it can fail. */
class ApiDocumentCheckTest {

    private static final String PROBLEM = "{\\\"type\\\":\\\"/problems/%s\\\",\\\"status\\\":%d}";

    @Test
    void aCompleteOperationHasNoFault() {
        String document = document("/api/things/{id}", responses("401", "unauthenticated", "403", "forbidden", "404",
                "not-found"));
        assertEquals(List.of(), ApiDocumentCheck.problems(document, path -> false).faults());
    }

    @Test
    void namesTheMissingProblemResponsesOfAnOperation() {
        String document = document("/api/things/{id}", "{\"200\":{\"description\":\"OK\"}}");
        assertEquals(List.of("GET /api/things/{id}: no 4xx problem response",
                "GET /api/things/{id}: a path parameter but no 404 problem response",
                "GET /api/things/{id}: not public but no 401 and 403 problem responses"),
                ApiDocumentCheck.problems(document, path -> false).faults());
    }

    @Test
    void aPublicOperationNeedsNoUnauthenticatedOrForbidden() {
        String document = document("/api/public/things", responses("400", "validation"));
        assertEquals(List.of(), ApiDocumentCheck.problems(document, path -> path.startsWith("/api/public/")).faults());
    }

    @Test
    void refusesAProblemExampleWithoutItsTypeOrWithAnotherStatus() {
        String document = document("/api/public/things", "{\"400\":{\"content\":{\"application/problem+json\":{"
                + "\"examples\":{\"a\":{\"value\":{\"title\":\"no type\"}},\"b\":{\"value\":\""
                + String.format(PROBLEM, "conflict", 409) + "\"}}}}}}");
        assertEquals(2, ApiDocumentCheck.problems(document, path -> true).faults().size());
    }

    @Test
    void namesAnAnswerWithoutExample() {
        String document = document("/api/things", "{\"200\":{\"content\":{\"application/json\":{}}}}");
        assertEquals(List.of("GET /api/things: answer 200 has no example"), ApiDocumentCheck.examples(document).faults());
    }

    private static String document(String path, String responses) {
        return "{\"paths\":{\"" + path + "\":{\"get\":{\"responses\":" + responses + "}}}}";
    }

    private static String responses(String... statusAndSlug) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < statusAndSlug.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(statusAndSlug[i]).append("\":{\"content\":{")
                    .append("\"application/problem+json\":{\"examples\":{\"").append(statusAndSlug[i + 1])
                    .append("\":{\"value\":\"").append(String.format(PROBLEM, statusAndSlug[i + 1],
                            Integer.parseInt(statusAndSlug[i]))).append("\"}}}}}");
        }
        return json.append('}').toString();
    }
}
