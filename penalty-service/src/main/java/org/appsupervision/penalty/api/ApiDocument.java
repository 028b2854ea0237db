package org.appsupervision.penalty.api;

import static org.appsupervision.penalty.problem.PenaltyProblem.DEADLINE_PASSED;
import static org.appsupervision.penalty.problem.PenaltyProblem.DOCUMENT_IMMUTABLE;
import static org.appsupervision.penalty.problem.PenaltyProblem.DUPLICATE_FACTS;
import static org.appsupervision.penalty.problem.PenaltyProblem.HEAVIER_THAN_PRIOR_NOTICE;
import static org.appsupervision.penalty.problem.PenaltyProblem.ILLEGAL_TRANSITION;
import static org.appsupervision.penalty.problem.PenaltyProblem.NOT_A_PDF;
import static org.appsupervision.penalty.problem.PenaltyProblem.OUTSIDE_PENALTY_RANGE;
import static org.appsupervision.penalty.problem.PenaltyProblem.SECOND_OFFICER;
import static org.appsupervision.penalty.problem.PenaltyProblem.UNVERIFIED_LEGAL_BASIS;

import java.util.List;
import java.util.Map;
import org.appsupervision.platform.openapi.ApiDeclarations;
import org.appsupervision.platform.openapi.ApiDocumentFilter;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * The service's declarations for its OpenAPI document (examples from {@link PenaltyApiExamples} and
 * {@link PenaltyApiAnswers}, the problems the procedure's rules answer); the platform's filter adds the generic ones.
 */
public class ApiDocument extends ApiDocumentFilter {

    private static final String CASES = "POST /api/penalty/cases/{id}/";
    private static final List<ProblemType> STEP = List.of(ILLEGAL_TRANSITION);
    private static final List<ProblemType> PENALTIES =
            List.of(ILLEGAL_TRANSITION, OUTSIDE_PENALTY_RANGE, UNVERIFIED_LEGAL_BASIS);

    private static final Map<String, List<ProblemType>> PROBLEMS = Map.ofEntries(
            Map.entry("POST /api/penalty/cases", List.of(DUPLICATE_FACTS)),
            Map.entry(CASES + "investigation", STEP),
            Map.entry(CASES + "investigators", STEP),
            Map.entry(CASES + "review", STEP),
            Map.entry(CASES + "legal-review", STEP),
            Map.entry(CASES + "prior-notice", PENALTIES),
            Map.entry(CASES + "defence", STEP),
            Map.entry(CASES + "hearing-request", List.of(ILLEGAL_TRANSITION, DEADLINE_PASSED)),
            Map.entry(CASES + "hearing", List.of(ILLEGAL_TRANSITION, DEADLINE_PASSED)),
            Map.entry(CASES + "hearing-record", STEP),
            Map.entry(CASES + "decision-extension", STEP),
            Map.entry(CASES + "decision", List.of(ILLEGAL_TRANSITION, OUTSIDE_PENALTY_RANGE, UNVERIFIED_LEGAL_BASIS,
                    HEAVIER_THAN_PRIOR_NOTICE)),
            Map.entry(CASES + "decision/approval", List.of(ILLEGAL_TRANSITION, SECOND_OFFICER, DOCUMENT_IMMUTABLE,
                    OUTSIDE_PENALTY_RANGE, UNVERIFIED_LEGAL_BASIS)),
            Map.entry(CASES + "service", STEP),
            Map.entry(CASES + "publication", STEP),
            Map.entry(CASES + "closing", STEP),
            Map.entry(CASES + "payments", List.of(ILLEGAL_TRANSITION, ProblemTypes.CONFLICT)),
            Map.entry("GET /api/penalty/cases/{id}/payments", List.of(ProblemTypes.CONFLICT)),
            Map.entry("POST /api/penalty/proposals/{id}/filing", List.of(DUPLICATE_FACTS)),
            Map.entry("POST /api/penalty/proposals/{id}/dismissal", List.of(DUPLICATE_FACTS)),
            Map.entry("POST /public/penalty/documents/verification", List.of(NOT_A_PDF,
                    ProblemTypes.CONTENT_TOO_LARGE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE)));

    static final ApiDeclarations DECLARATIONS = ApiDeclarations.builder()
            .requests(PenaltyApiExamples.REQUESTS)
            .answers(PenaltyApiAnswers.ANSWERS)
            .problems(PROBLEMS)
            .details(ApiDocument::detail)
            .publicPath(path -> path.startsWith("/public/") || ApiDeclarations.PUBLIC_PREFIX.test(path))
            .build();

    public ApiDocument() {
        super(DECLARATIONS);
    }

    private static String detail(String operation, ProblemType type) {
        return switch (type.slug()) {
            case "not-found" -> operation.contains("/proposals/") ? "Proposal " + PenaltyApiExamples.PROPOSAL_ID
                    + " does not exist" : operation.contains("/cases/") ? "Case " + PenaltyApiExamples.CASE_ID
                    + " does not exist" : null;
            case "illegal-transition" -> "A case in stage FILED cannot take ISSUE_PRIOR_NOTICE";
            case "deadline-passed" -> "The hearing could be requested until 2026-04-08";
            case "duplicate-facts" -> operation.contains("/proposals/") ? "Proposal " + PenaltyApiExamples.PROPOSAL_ID
                    + " was already FILED" : "Case 京通案〔2026〕7号 of this bureau already holds NOTICE_ITEM 7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
            case "outside-penalty-range" -> "FINE of 2000000 CNY exceeds the ordinary cap of 1000000 CNY of PIPL-66";
            case "unverified-legal-basis" -> "Legal basis DSL-45 is not verified";
            case "heavier-than-prior-notice" -> "The decision may not be heavier than the prior notice after a hearing";
            case "second-officer" -> "The decision must be approved by another officer of the bureau than li.bj";
            case "document-immutable" -> "The decision 京通罚〔2026〕3号 was served on 2026-05-21 and cannot be replaced";
            case "not-a-pdf" -> "The body does not start with a PDF header (%PDF-)";
            case "content-too-large" -> "The upload may have at most 10485760 bytes (10 MiB)";
            case "unsupported-media-type" -> "Send application/pdf";
            case "conflict" -> "No served decision with a fine: nothing is due yet";
            default -> null;
        };
    }
}
