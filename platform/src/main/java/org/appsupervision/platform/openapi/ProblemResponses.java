package org.appsupervision.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem responses of an operation, by the same rules for every service: 401 and 403 unless public, 404 with a
 * path parameter, 400 for a body, a query or a path parameter, then what the service declares; each response has an
 * {@code application/problem+json} example per type, named by its slug, whose {@code type} is the type's URI.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    /** The generic problems of an operation on {@code path}, in the order they are documented. */
    public static List<ProblemType> generic(String path, Operation operation, boolean isPublic) {
        List<ProblemType> types = new ArrayList<>();
        boolean pathParameter = path.contains("{");
        if (!isPublic) {
            types.add(ProblemTypes.UNAUTHENTICATED);
            types.add(ProblemTypes.FORBIDDEN);
        }
        if (pathParameter) {
            types.add(ProblemTypes.NOT_FOUND);
        }
        if (operation.getRequestBody() != null || hasQuery(operation) || pathParameter) {
            types.add(ProblemTypes.VALIDATION);
        }
        return types;
    }

    /**
     * Adds the example of {@code type} to the operation's response of its status: to the problem examples already
     * there (an example the resource names by the type's slug is kept), or as a new response (replacing one that
     * has no problem content) described by the type's title.
     */
    public static void add(APIResponses responses, ProblemType type, String path, String detail) {
        String status = String.valueOf(type.status());
        APIResponse existing = responses.getAPIResponse(status);
        var example = OASFactory.createExample().summary(type.uri()).value(example(type, path, detail));
        if (existing != null && existing.getContent() != null && existing.getContent().getMediaType(PROBLEM_JSON) != null) {
            MediaType media = existing.getContent().getMediaType(PROBLEM_JSON);
            if (media.getExamples() == null || !media.getExamples().containsKey(type.slug())) {
                media.addExample(type.slug(), example);
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(type.title())
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().addExample(type.slug(), example))));
    }

    /** The detail of a type's example when the service names none. */
    public static String defaultDetail(ProblemType type) {
        return switch (type.slug()) {
            case "unauthenticated" -> "A valid bearer token is needed";
            case "forbidden" -> "Your role does not allow this operation";
            case "not-found" -> "No such resource, or not one of yours";
            case "validation" -> "1 field(s) are invalid";
            case "unprocessable" -> "Idempotency-Key upload-7 was already used for another request / 该幂等键已用于另一请求";
            default -> type.title();
        };
    }

    static String example(ProblemType type, String path, String detail) {
        return "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + type.status()
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + path + "\"" + errors(type) + "}";
    }

    private static String errors(ProblemType type) {
        if (type.equals(ProblemTypes.VALIDATION)) {
            return ",\"errors\":[{\"field\":\"title\",\"message\":\"must not be blank\"}]";
        }
        if (type.equals(ProblemTypes.UNPROCESSABLE)) {
            return ",\"errors\":[{\"field\":\"Idempotency-Key\",\"message\":\"was used with another request / 已用于另一请求\"}]";
        }
        return "";
    }

    private static boolean hasQuery(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() != null && "query".equals(p.getIn().toString()));
    }
}
