package org.appsupervision.notice.api;

import java.util.List;
import java.util.Map;
import org.appsupervision.notice.publicnotice.NoticeVerification;
import org.appsupervision.notice.rectification.RectificationProblem;
import org.appsupervision.platform.openapi.ApiDeclarations;
import org.appsupervision.platform.openapi.ApiDocumentFilter;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * The service's declarations for its OpenAPI document (examples from {@link ApiExamples}, {@link RecheckApiExamples}
 * and {@link SdkApiExamples}, the problems its rules answer); the platform's filter adds the generic problems.
 */
public class ApiDocument extends ApiDocumentFilter {

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

    static final ApiDeclarations DECLARATIONS = ApiDeclarations.builder()
            .requests(ApiExamples.REQUESTS).requests(RecheckApiExamples.REQUESTS).requests(SdkApiExamples.REQUESTS)
            .answers(ApiExamples.ANSWERS).answers(RecheckApiExamples.ANSWERS).answers(SdkApiExamples.ANSWERS)
            .problems(EXTRA_PROBLEMS).problems(RecheckApiExamples.PROBLEMS).problems(SdkApiExamples.PROBLEMS)
            .problems(COMPLAINT_PROBLEMS)
            // public and without parameters, these answer no other problem than an Accept they cannot serve
            .problems("GET /api/public/feed.atom", List.of(ProblemTypes.NOT_ACCEPTABLE))
            .problems("GET /api/public/complaints/options", List.of(ProblemTypes.NOT_ACCEPTABLE))
            .details(ApiDocument::detail)
            .build();

    public ApiDocument() {
        super(DECLARATIONS);
    }

    private static String detail(String operation, ProblemType type) {
        return switch (type.slug()) {
            case "unauthenticated", "forbidden", "validation", "unprocessable" -> null;
            case "not-found" -> "Notice " + ApiExamples.NOTICE_ID + " does not exist";
            case "four-eyes" -> "Whoever drafted or edited a notice cannot approve or publish it";
            case "unsupported-media-type" -> "Send text/csv or application/x-ndjson";
            case "too-many-requests" -> "At most 10 complaints an hour are taken from one address; please try again later";
            case "deadline-not-passed" -> "Item " + ApiExamples.ITEM_ID + " may be rectified until 2021-11-09";
            case "recheck-deadline-passed", "deadline-passed" ->
                    "The rectification deadline of item " + ApiExamples.ITEM_ID + " was 2021-11-09";
            case "sdk-prefix-overlap" ->
                    "Prefix com.umeng.push of SDK umeng-push overlaps prefix com.umeng of SDK umeng-analytics";
            case "no-embedding-apps" -> "No app is known to embed SDK umeng-analytics in version(s) 9.6.3";
            case "evidence-type-refused" -> "The content of report.docx is not a PDF, PNG, JPEG or ZIP file";
            case "not-acceptable" -> "Accept names no media type this operation answers";
            case "not-a-pdf" -> "The body does not start with a PDF header (%PDF-)";
            case "content-too-large" -> operation.contains("complaints") ? "A complaint may have at most 9437184 bytes"
                    : "The upload may have at most 10485760 bytes (10 MiB)";
            default -> "The notice is PUBLISHED; a published notice never changes";
        };
    }
}
