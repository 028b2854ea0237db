package org.appsupervision.notice.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.notice.reference.ProblemKindRepository;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.notice.sdk.Sdk;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The checks of a draft that need reference data: problem codes exist, the operator's credit code
 * names a province, an app appears once, an SDK item names what the registry lists ({@link SdkItemCheck}). Every
 * fault is reported, and nothing is written if any.
 */
@ApplicationScoped
public class NoticeDraftValidation {

    private final ProblemKindRepository problemKinds;
    private final ProvinceRepository provinces;
    private final NoticeRepository notices;
    private final SdkItemCheck sdkItems;

    public NoticeDraftValidation(ProblemKindRepository problemKinds, ProvinceRepository provinces,
            NoticeRepository notices, SdkItemCheck sdkItems) {
        this.problemKinds = problemKinds;
        this.provinces = provinces;
        this.notices = notices;
        this.sdkItems = sdkItems;
    }

    /** The time allowed only on rectification and re-check notices; a fixed deadline after today; withdraw a published notice. */
    private void checkTerms(NoticeKind kind, NoticeTerms terms, List<FieldError> errors) {
        boolean rectifies = kind != NoticeKind.TAKEDOWN;
        if (!rectifies && (terms.rectificationDays() != null || terms.deadline() != null
                || Boolean.TRUE.equals(terms.workingDays()))) {
            errors.add(new FieldError("rectificationDays", "a takedown notice takes effect immediately and has no rectification deadline"));
        }
        if (terms.deadline() != null && terms.rectificationDays() != null) {
            errors.add(new FieldError("deadline", "give either a fixed deadline or a number of days, not both"));
        }
        if (terms.deadline() != null && !terms.deadline().isAfter(RectificationDeadline.today())) {
            errors.add(new FieldError("deadline", "is not after the publication date: a deadline before publication cannot be met"));
        }
        if (terms.withdrawsNoticeId() != null && notices.findByIdOptional(terms.withdrawsNoticeId())
                .filter(n -> n.status == NoticeStatus.PUBLISHED).isEmpty()) {
            errors.add(new FieldError("withdrawsNoticeId", "names no published notice"));
        }
    }

    /** Checks the draft; returns the registry's rows of the SDKs it names, by code. */
    public Map<String, Sdk> check(DraftNoticeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkTerms(request.kind(), request.terms(), errors);
        Set<String> allCodes = new HashSet<>();
        request.apps().forEach(entry -> allCodes.addAll(problems(entry)));
        Set<String> unknown = problemKinds.unknown(allCodes);
        Set<String> packages = new HashSet<>();
        Map<String, Sdk> sdks = new HashMap<>();
        for (int i = 0; i < request.apps().size(); i++) {
            String at = "apps[" + i + "]";
            DraftNoticeRequest.Entry entry = request.apps().get(i);
            List<String> problems = problems(entry);
            for (int p = 0; p < problems.size(); p++) {
                if (unknown.contains(problems.get(p))) {
                    errors.add(new FieldError(at + ".problems[" + p + "]", "unknown problem code '" + problems.get(p) + "'"));
                }
            }
            if (entry instanceof DraftNoticeRequest.SdkEntry sdk) {
                sdkItems.check(request.kind(), at, sdk, sdks, errors);
                checkReportedBy(at, sdk.reportedBy(), errors);
                continue;
            }
            DraftNoticeRequest.AppEntry app = (DraftNoticeRequest.AppEntry) entry;
            String province = UnifiedSocialCreditCode.provinceCode(app.operator().creditCode());
            if (provinces.findByIdOptional(province).isEmpty()) {
                errors.add(new FieldError(at + ".operator.creditCode",
                        "digits 3-4 ('" + province + "') name no province"));
            }
            checkReportedBy(at, app.reportedBy(), errors);
            if (!packages.add(app.packageName())) {
                errors.add(new FieldError(at + ".packageName", "appears more than once in this notice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemTypes.VALIDATION, errors.size() + " field(s) are invalid", errors);
        }
        return sdks;
    }

    private void checkReportedBy(String at, String reportedBy, List<FieldError> errors) {
        if (reportedBy != null && !ReportingAuthority.MINISTRY.equals(reportedBy)
                && provinces.findByIdOptional(reportedBy).isEmpty()) {
            errors.add(new FieldError(at + ".reportedBy", "names no province's bureau"));
        }
    }

    private static List<String> problems(DraftNoticeRequest.Entry entry) {
        return entry.problems();
    }
}
