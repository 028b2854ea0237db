package org.appsupervision.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.platform.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

/** The platform's OpenAPI filter on a small document made with OASFactory, as a service's subclass runs it. */
class ApiDocumentFilterTest {

    private static final String JSON = "application/json";

    /** A service's filter as SmallRye makes it: a subclass with a no-argument constructor. */
    static final class ThingsDocument extends ApiDocumentFilter {
        ThingsDocument() {
            super(ApiDeclarations.builder()
                    .request("POST /api/things", JSON, "{\"name\":\"one\"}")
                    .answer("POST /api/things", 201, JSON, "{\"id\":\"t-1\",\"name\":\"one\"}")
                    .answer("GET /api/things/{id}", 200, "text/csv", "id,name\nt-1,one")
                    .answer("POST /api/things/{id}/approval", 200, "application/pdf", "(the PDF's bytes)")
                    .problems("POST /api/things", List.of(ProblemTypes.CONFLICT, ProblemTypes.UNPROCESSABLE))
                    .problems("POST /api/things/{id}/approval", List.of(ProblemTypes.FOUR_EYES))
                    .details((operation, type) -> type.equals(ProblemTypes.CONFLICT) ? "Thing one exists" : null)
                    .build());
        }
    }

    @Test
    void operationsBehindATokenAnswerUnauthenticatedAndForbidden() {
        OpenAPI document = filtered();
        APIResponses list = operation(document, "/api/things", "GET").getResponses();
        assertProblem(list, "401", "unauthenticated");
        assertProblem(list, "403", "forbidden");
    }

    @Test
    void publicOperationsAnswerNeitherUnauthenticatedNorForbidden() {
        APIResponses search = operation(filtered(), "/api/public/things", "GET").getResponses();
        assertNull(search.getAPIResponse("401"));
        assertNull(search.getAPIResponse("403"));
        assertProblem(search, "400", "validation");
    }

    @Test
    void aPathParameterAnswersNotFoundAndValidation() {
        APIResponses read = operation(filtered(), "/api/things/{id}", "GET").getResponses();
        assertProblem(read, "404", "not-found");
        assertProblem(read, "400", "validation");
    }

    @Test
    void anOperationWithoutBodyQueryOrPathParameterHasNoValidationProblem() {
        APIResponses list = operation(filtered(), "/api/things", "GET").getResponses();
        assertNull(list.getAPIResponse("400"));
    }

    @Test
    void declaredProblemsAreAddedWithTheServicesDetailOrThePlatformsOne() {
        APIResponses create = operation(filtered(), "/api/things", "POST").getResponses();
        assertProblem(create, "400", "validation");
        assertTrue(example(create, "409", "conflict").contains("\"detail\":\"Thing one exists\""));
        assertTrue(example(create, "422", "unprocessable").contains("\"errors\":[{\"field\":\"Idempotency-Key\""));
        assertTrue(example(create, "401", "unauthenticated").contains("\"detail\":\"A valid bearer token is needed\""));
    }

    @Test
    void problemsOfOneStatusShareTheResponseWithAnExampleEach() {
        APIResponses approve = operation(filtered(), "/api/things/{id}/approval", "POST").getResponses();
        assertEquals(Set.of("forbidden", "four-eyes"),
                approve.getAPIResponse("403").getContent().getMediaType(ProblemResponses.PROBLEM_JSON).getExamples().keySet());
    }

    @Test
    void aGeneratedResponseWithoutProblemContentIsReplaced() {
        APIResponses approve = operation(filtered(), "/api/things/{id}/approval", "POST").getResponses();
        assertEquals(ProblemTypes.UNAUTHENTICATED.title(), approve.getAPIResponse("401").getDescription());
        assertProblem(approve, "401", "unauthenticated");
    }

    @Test
    void theDeclaredAnswerReplacesTheGeneratedOneAndKeepsItsSchema() {
        Operation create = operation(filtered(), "/api/things", "POST");
        assertNull(create.getResponses().getAPIResponse("200"));
        MediaType created = create.getResponses().getAPIResponse("201").getContent().getMediaType(JSON);
        assertEquals(Map.of("id", "t-1", "name", "one"), created.getExample());
        assertNotNull(created.getSchema());
        assertEquals(Map.of("name", "one"), create.getRequestBody().getContent().getMediaType(JSON).getExample());
    }

    @Test
    void aJsonExampleIsServedAsItsValueAndAnyOtherAsText() {
        APIResponses read = operation(filtered(), "/api/things/{id}", "GET").getResponses();
        assertEquals("id,name\nt-1,one", read.getAPIResponse("200").getContent().getMediaType("text/csv").getExample());
        assertEquals(List.of(Map.of("id", "t-1")), ExampleValues.of("application/problem+json; charset=UTF-8",
                "[{\"id\":\"t-1\"}]"));
    }

    @Test
    void aDeclaredDescriptionOfTheAnswerReplacesThePlainOne() {
        OpenAPI document = document();
        new ApiDocumentFilter(ApiDeclarations.builder()
                .answers(Map.of("GET /api/things", new ApiAnswer(200, JSON, "[]", "every thing, oldest first")))
                .build()) {
        }.filterOpenAPI(document);
        assertEquals("every thing, oldest first",
                operation(document, "/api/things", "GET").getResponses().getAPIResponse("200").getDescription());
        assertEquals(List.of(), operation(document, "/api/things", "GET").getResponses().getAPIResponse("200")
                .getContent().getMediaType(JSON).getExample());
    }

    @Test
    void theDeclaredAnswerKeepsTheOtherMediaTypesOfItsStatus() {
        MediaType jsonl = operation(filtered(), "/api/things/{id}", "GET").getResponses().getAPIResponse("200")
                .getContent().getMediaType("application/jsonl");
        assertNotNull(jsonl);
        assertNotNull(jsonl.getSchema());
    }

    @Test
    void aGeneratedDefaultMediaTypeIsNotKeptBesideTheDeclaredAnswer() {
        APIResponses create = operation(filtered(), "/api/things", "POST").getResponses();
        assertEquals(Set.of(JSON), create.getAPIResponse("201").getContent().getMediaTypes().keySet());
        APIResponses approve = operation(filtered(), "/api/things/{id}/approval", "POST").getResponses();
        assertEquals(Set.of("application/pdf"), approve.getAPIResponse("200").getContent().getMediaTypes().keySet());
    }

    @Test
    void anExampleOfTheResourceItselfIsKept() {
        Operation replace = operation(filtered(), "/api/things/{id}", "PUT");
        assertEquals("{\"name\":\"own\"}", replace.getRequestBody().getContent().getMediaType(JSON).getExample());
    }

    private static void assertProblem(APIResponses responses, String status, String slug) {
        String example = example(responses, status, slug);
        assertTrue(example.startsWith("{\"type\":\"/problems/" + slug + "\""), example);
        assertTrue(example.contains("\"status\":" + status), example);
    }

    private static String example(APIResponses responses, String status, String slug) {
        assertNotNull(responses.getAPIResponse(status), "no " + status);
        var examples = responses.getAPIResponse(status).getContent().getMediaType(ProblemResponses.PROBLEM_JSON)
                .getExamples();
        assertNotNull(examples.get(slug), status + " has no example " + slug + ": " + examples.keySet());
        return String.valueOf(examples.get(slug).getValue());
    }

    private static Operation operation(OpenAPI document, String path, String method) {
        return document.getPaths().getPathItem(path).getOperations().entrySet().stream()
                .filter(entry -> entry.getKey().name().equals(method)).findFirst().orElseThrow().getValue();
    }

    private static OpenAPI filtered() {
        OpenAPI document = document();
        new ThingsDocument().filterOpenAPI(document);
        return document;
    }

    private static OpenAPI document() {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/things", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(ok()))
                        .POST(OASFactory.createOperation().requestBody(body()).responses(ok())))
                .addPathItem("/api/things/{id}", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().addParameter(parameter("id", Parameter.In.PATH))
                                .responses(ok().addAPIResponse("200", OASFactory.createAPIResponse().content(
                                        OASFactory.createContent()
                                                .addMediaType("text/csv", OASFactory.createMediaType().schema(
                                                        OASFactory.createSchema().ref("#/components/schemas/Line")))
                                                .addMediaType("application/jsonl", OASFactory.createMediaType().schema(
                                                        OASFactory.createSchema().ref("#/components/schemas/Line")))))))
                        .PUT(OASFactory.createOperation().addParameter(parameter("id", Parameter.In.PATH))
                                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                                        .addMediaType(JSON, OASFactory.createMediaType().example("{\"name\":\"own\"}"))))
                                .responses(ok())))
                .addPathItem("/api/things/{id}/approval", OASFactory.createPathItem()
                        .POST(OASFactory.createOperation().addParameter(parameter("id", Parameter.In.PATH))
                                .responses(ok().addAPIResponse("401", OASFactory.createAPIResponse()
                                        .description("Not Authorized")))))
                .addPathItem("/api/public/things", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().addParameter(parameter("q", Parameter.In.QUERY)).responses(ok()))));
    }

    private static APIResponses ok() {
        return OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                .content(OASFactory.createContent().addMediaType(JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Thing")))));
    }

    private static org.eclipse.microprofile.openapi.models.parameters.RequestBody body() {
        return OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType()));
    }

    private static Parameter parameter(String name, Parameter.In in) {
        return OASFactory.createParameter().name(name).in(in);
    }
}
