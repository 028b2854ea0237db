package org.appsupervision.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appsupervision.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes a service's OpenAPI document from its {@link ApiDeclarations}: request and answer examples, and the
 * problem responses of every operation ({@link ProblemResponses}). A service subclasses it with a public no-argument
 * constructor and names the subclass in {@code mp.openapi.filter}.
 */
public abstract class ApiDocumentFilter implements OASFilter {

    private final ApiDeclarations declarations;

    protected ApiDocumentFilter(ApiDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(method + " " + path, path, operation)));
    }

    private void describe(String key, String path, Operation operation) {
        requestExamples(key, operation);
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        ApiAnswer answer = declarations.answers().get(key);
        if (answer != null) {
            answer(responses, answer);
        }
        List<ProblemType> generic = ProblemResponses.generic(path, operation, declarations.publicPath().test(path));
        generic.forEach(type -> ProblemResponses.add(responses, type, path, detail(key, type)));
        declarations.problems().getOrDefault(key, List.of())
                .forEach(type -> ProblemResponses.add(responses, type, path, detail(key, type)));
    }

    private String detail(String key, ProblemType type) {
        return Objects.requireNonNullElseGet(declarations.details().detail(key, type),
                () -> ProblemResponses.defaultDetail(type));
    }

    /** Declared request examples fill media types that have none of their own. */
    private void requestExamples(String key, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Map<String, String> examples = declarations.requests().getOrDefault(key, Map.of());
        operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
            String example = examples.get(baseType(type));
            if (example != null && media.getExample() == null && media.getExamples() == null) {
                media.setExample(ExampleValues.of(type, example));
            }
        });
    }

    /**
     * The answer of a successful call replaces the generated 2xx entries, keeping their schema and, when the
     * generated entry of the answer's status names the answer's media type among others, those others.
     */
    private static void answer(APIResponses responses, ApiAnswer answer) {
        Schema schema = null;
        Map<String, MediaType> others = new LinkedHashMap<>();
        if (responses.getAPIResponses() != null) {
            for (String status : List.copyOf(responses.getAPIResponses().keySet())) {
                if (status.startsWith("2")) {
                    Content content = responses.getAPIResponse(status).getContent();
                    if (content != null && content.getMediaTypes() != null) {
                        if (schema == null) {
                            schema = content.getMediaTypes().values().stream().map(MediaType::getSchema)
                                    .filter(Objects::nonNull).findFirst().orElse(null);
                        }
                        if (status.equals(String.valueOf(answer.status()))) {
                            others.putAll(content.getMediaTypes());
                        }
                    }
                    responses.removeAPIResponse(status);
                }
            }
        }
        APIResponse response = OASFactory.createAPIResponse().description(answer.description() != null
                ? answer.description() : switch (answer.status()) {
                    case 204 -> "Done, no content";
                    case 201 -> "Created";
                    case 202 -> "Accepted: the job runs";
                    default -> "OK";
                });
        if (answer.mediaType() != null) {
            Content content = OASFactory.createContent().addMediaType(answer.mediaType(),
                    OASFactory.createMediaType().schema(schema).example(ExampleValues.of(answer.mediaType(), answer.example())));
            // only the resource's own list of media types names the answer's: a generated default does not
            if (others.keySet().stream().anyMatch(type -> baseType(type).equals(baseType(answer.mediaType())))) {
                others.forEach((type, media) -> {
                    if (!baseType(type).equals(baseType(answer.mediaType()))) {
                        content.addMediaType(type, media);
                    }
                });
            }
            response.content(content);
        }
        responses.addAPIResponse(String.valueOf(answer.status()), response);
    }

    private static String baseType(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }
}
