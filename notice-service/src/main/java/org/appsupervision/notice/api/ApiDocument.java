package org.appsupervision.notice.api;

import java.util.List;
import java.util.Map;
import org.appsupervision.notice.publicnotice.NoticeVerification;
import org.appsupervision.notice.rectification.RectificationProblem;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document: every operation gets its request and answer examples (from {@link ApiExamples})
 * and the problem responses it can give (401 and 403 unless public, 404 with a path parameter, 400 for a body or
 * query, 409 and 422 where the rules say so), each with an application/problem+json example naming its type.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, List<ProblemType>> EXTRA_PROBLEMS = Map.of(
            "POST /api/findings/imports", List.of(ProblemTypes.UNPROCESSABLE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
            "PUT /api/findings/imports/{jobId}/file", List.of(ProblemTypes.CONFLICT),
            "PUT /api/notices/{id}", List.of(ProblemTypes.CONFLICT),
            "POST /api/notices/{id}/approval", List.of(ProblemTypes.CONFLICT, ProblemTypes.FOUR_EYES),
            "POST /api/notices/{id}/publication", List.of(ProblemTypes.CONFLICT, ProblemTypes.FOUR_EYES),
            "PUT /api/notices/{id}/items/{itemId}/rectification", List.of(ProblemTypes.CONFLICT,
                    RectificationProblem.DEADLINE_NOT_PASSED),
            "POST /api/notices/{id}/withdrawal", List.of(ProblemTypes.CONFLICT),
            "POST /api/notices/{id}/items/{itemId}/lifting", List.of(ProblemTypes.CONFLICT),
            "POST /api/enterprise/dual-lists/{listId}/publication", List.of(ProblemTypes.CONFLICT),
            "POST /api/public/documents/verification", List.of(ProblemTypes.CONTENT_TOO_LARGE,
                    ProblemTypes.UNSUPPORTED_MEDIA_TYPE, NoticeVerification.NOT_A_PDF));

    private static final Map<String, List<ProblemType>> COMPLAINT_PROBLEMS = Map.of(
            "POST /api/public/complaints", List.of(ProblemTypes.CONTENT_TOO_LARGE, ProblemTypes.TOO_MANY_REQUESTS),
            "POST /api/complaints/{id}/review", List.of(ProblemTypes.CONFLICT),
            "POST /api/complaints/{id}/merge", List.of(ProblemTypes.CONFLICT),
            "POST /api/complaints/{id}/rejection", List.of(ProblemTypes.CONFLICT),
            "POST /api/complaints/{id}/finding", List.of(ProblemTypes.CONFLICT),
            "POST /api/complaints/{id}/evidence", List.of(ProblemTypes.CONFLICT));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(method + " " + path, method, path, operation)));
    }

    private static void describe(String key, PathItem.HttpMethod method, String path, Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Map<String, String> examples = ApiExamples.REQUESTS.getOrDefault(key,
                    RecheckApiExamples.REQUESTS.getOrDefault(key, SdkApiExamples.REQUESTS.getOrDefault(key, Map.of())));
            operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                String example = examples.get(baseType(type));
                if (example != null && media.getExample() == null && media.getExamples() == null) {
                    media.setExample(example);
                }
            });
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        ApiExamples.Answer answer = ApiExamples.ANSWERS.getOrDefault(key,
                RecheckApiExamples.ANSWERS.getOrDefault(key, SdkApiExamples.ANSWERS.get(key)));
        if (answer != null) {
            answer(responses, answer);
        }
        boolean isPublic = path.startsWith("/api/public/");
        if (!isPublic) {
            problem(responses, ProblemTypes.UNAUTHENTICATED, path, "A valid bearer token is needed");
            problem(responses, ProblemTypes.FORBIDDEN, path, "Your role does not allow this operation");
        }
        if (path.contains("{")) {
            problem(responses, ProblemTypes.NOT_FOUND, path, "Notice 5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60 does not exist");
        }
        if (operation.getRequestBody() != null || hasQuery(operation) || path.contains("{")) {
            problem(responses, ProblemTypes.VALIDATION, path, "1 field(s) are invalid");
        }
        java.util.stream.Stream.concat(EXTRA_PROBLEMS.getOrDefault(key, RecheckApiExamples.PROBLEMS.getOrDefault(key,
                SdkApiExamples.PROBLEMS.getOrDefault(key, List.of()))).stream(),
                COMPLAINT_PROBLEMS.getOrDefault(key, List.of()).stream()).forEach(kind -> problem(responses, kind, path, switch (kind.slug()) {
            case "unprocessable" -> "Idempotency-Key upload-7 was already used for another request / 该幂等键已用于另一请求";
            case "four-eyes" -> "Whoever drafted or edited a notice cannot approve or publish it";
            case "unsupported-media-type" -> "Send text/csv or application/x-ndjson";
            case "too-many-requests" -> "At most 10 complaints an hour are taken from one address; please try again later";
            case "deadline-not-passed" -> "Item 7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b may be rectified until 2021-11-09";
            case "recheck-deadline-passed" -> "The rectification deadline of item 7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b was 2021-11-09";
            case "deadline-passed" -> "The rectification deadline of item 7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b was 2021-11-09";
            case "sdk-prefix-overlap" -> "Prefix com.umeng.push of SDK umeng-push overlaps prefix com.umeng of SDK umeng-analytics";
            case "no-embedding-apps" -> "No app is known to embed SDK umeng-analytics in version(s) 9.6.3";
            case "evidence-type-refused" -> "The content of report.docx is not a PDF, PNG, JPEG or ZIP file";
            case "content-too-large" -> key.contains("complaints") ? "A complaint may have at most 9437184 bytes"
                    : "The upload may have at most 10485760 bytes (10 MiB)";
            default -> "The notice is PUBLISHED; a published notice never changes";
        }));
    }

    /** The answer of a successful call replaces the generated 2xx entries, keeping their schema. */
    private static void answer(APIResponses responses, ApiExamples.Answer answer) {
        Schema schema = null;
        if (responses.getAPIResponses() != null) {
            for (String status : List.copyOf(responses.getAPIResponses().keySet())) {
                if (status.startsWith("2")) {
                    Content content = responses.getAPIResponse(status).getContent();
                    if (schema == null && content != null && content.getMediaTypes() != null) {
                        schema = content.getMediaTypes().values().stream().map(MediaType::getSchema)
                                .filter(s -> s != null).findFirst().orElse(null);
                    }
                    responses.removeAPIResponse(status);
                }
            }
        }
        APIResponse response = OASFactory.createAPIResponse().description(answer.status() == 204 ? "Done, no content"
                : answer.status() == 201 ? "Created" : answer.status() == 202 ? "Accepted: the job runs" : "OK");
        if (answer.mediaType() != null) {
            response.content(OASFactory.createContent().addMediaType(answer.mediaType(),
                    OASFactory.createMediaType().schema(schema).example(answer.example())));
        }
        responses.addAPIResponse(String.valueOf(answer.status()), response);
    }

    private static void problem(APIResponses responses, ProblemType kind, String path, String detail) {
        String status = String.valueOf(kind.status());
        APIResponse existing = responses.getAPIResponse(status);
        String example = "{\"type\":\"" + kind.uri() + "\",\"title\":\"" + kind.title() + "\",\"status\":" + kind.status()
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + path + "\""
                + (kind == ProblemTypes.VALIDATION ? ",\"errors\":[{\"field\":\"title\",\"message\":\"must not be blank\"}]"
                        : kind == ProblemTypes.UNPROCESSABLE
                                ? ",\"errors\":[{\"field\":\"Idempotency-Key\",\"message\":\"was used with another request / 已用于另一请求\"}]"
                                : "")
                + "}";
        if (existing != null && existing.getContent() != null && existing.getContent().getMediaType(PROBLEM_JSON) != null) {
            MediaType media = existing.getContent().getMediaType(PROBLEM_JSON);
            media.addExample(kind.slug(), OASFactory.createExample().summary(kind.uri()).value(example));
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(kind.title())
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .addExample(kind.slug(), OASFactory.createExample().summary(kind.uri()).value(example)))));
    }

    private static boolean hasQuery(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() != null && "query".equals(p.getIn().toString()));
    }

    private static String baseType(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }
}
