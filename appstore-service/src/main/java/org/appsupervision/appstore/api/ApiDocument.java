package org.appsupervision.appstore.api;

import java.util.List;
import java.util.Map;
import org.appsupervision.appstore.preinstallation.ChannelKindProblem;
import org.appsupervision.platform.openapi.ApiDeclarations;
import org.appsupervision.platform.openapi.ApiDocumentFilter;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * The service's declarations for its OpenAPI document (examples from {@link ApiExamples}, the problems its own rules
 * answer per operation and their example details); the platform's filter adds the generic problems.
 */
public class ApiDocument extends ApiDocumentFilter {

    private static final String ORDER_ID = "0b6f9f5e-3c1a-4c59-9a53-3a2f4b7e6d11";

    private static final List<ProblemType> ORDER_ANSWER = List.of(ProblemTypes.CONFLICT, ProblemTypes.UNPROCESSABLE);
    private static final List<ProblemType> MAKERS_ONLY = List.of(ChannelKindProblem.CHANNEL_KIND);
    private static final List<ProblemType> MAKERS_WRITE =
            List.of(ChannelKindProblem.CHANNEL_KIND, ProblemTypes.UNPROCESSABLE);

    private static final Map<String, List<ProblemType>> PROBLEMS = Map.ofEntries(
            Map.entry("POST /api/store/orders/{id}/acknowledgement", ORDER_ANSWER),
            Map.entry("POST /api/store/orders/{id}/confirmation", ORDER_ANSWER),
            Map.entry("POST /api/store/orders/{id}/objection", ORDER_ANSWER),
            Map.entry("POST /api/store/orders/confirmations", List.of(ProblemTypes.UNPROCESSABLE)),
            Map.entry("POST /api/store/proactive-removals",
                    List.of(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNPROCESSABLE)),
            Map.entry("GET /api/store/preinstallations", MAKERS_ONLY),
            Map.entry("PUT /api/store/preinstallations/{modelLine}", MAKERS_WRITE),
            Map.entry("DELETE /api/store/preinstallations/{modelLine}", MAKERS_WRITE),
            Map.entry("GET /api/stores/{code}/preinstallations", MAKERS_ONLY),
            Map.entry("POST /api/orders/{id}/objection-decision", List.of(ProblemTypes.CONFLICT)),
            Map.entry("POST /api/stores", List.of(ProblemTypes.CONFLICT)),
            Map.entry("PUT /api/stores/{code}", List.of(ProblemTypes.CONFLICT)));

    static final ApiDeclarations DECLARATIONS = ApiDeclarations.builder()
            .requests(ApiExamples.REQUESTS)
            .answers(ApiExamples.ANSWERS)
            .problems(PROBLEMS)
            .details(ApiDocument::detail)
            .build();

    public ApiDocument() {
        super(DECLARATIONS);
    }

    private static String detail(String operation, ProblemType type) {
        boolean storeOrder = operation.contains("/api/store/orders") || operation.contains("/api/orders/");
        boolean store = operation.contains("/api/stores");
        return switch (type.slug()) {
            case "not-found" -> storeOrder ? "Order " + ORDER_ID + " does not exist"
                    : store ? "Store huawei does not exist" : null;
            case "conflict" -> operation.startsWith("POST /api/stores") ? "Store huawei is already registered"
                    : operation.startsWith("PUT /api/stores/") ? "The kind of store huawei cannot change"
                    : operation.contains("objection-decision") ? "Order " + ORDER_ID + " has no open objection"
                    : "Order " + ORDER_ID + " is already CONFIRMED";
            case "unprocessable" -> operation.contains("proactive-removals")
                    ? "Idempotency-Key removals-2021-03 was already used for another upload / 该幂等键已用于另一请求"
                    : "Idempotency-Key k-42 was already used for another request / 该幂等键已用于另一请求";
            case "unsupported-media-type" -> "Send text/csv or application/x-ndjson";
            case "channel-kind" -> "Channel huawei is an app store; only handset makers keep preinstalled apps";
            default -> null;
        };
    }
}
