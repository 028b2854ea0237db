package org.appsupervision.notice.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.appsupervision.notice.operator.UnifiedSocialCreditCode;
import org.appsupervision.notice.reference.ProblemKindRepository;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The checks of a draft that need reference data: problem codes exist, the operator's credit code
 * names a province, an app appears once. Every fault is reported, and nothing is written if any.
 */
@ApplicationScoped
public class NoticeDraftValidation {

    private final ProblemKindRepository problemKinds;
    private final ProvinceRepository provinces;

    public NoticeDraftValidation(ProblemKindRepository problemKinds, ProvinceRepository provinces) {
        this.problemKinds = problemKinds;
        this.provinces = provinces;
    }

    public void check(DraftNoticeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() != NoticeKind.TAKEDOWN) {
            errors.add(new FieldError("kind", "only takedown notices can be drafted in this version"));
        }
        Set<String> allCodes = new HashSet<>();
        request.apps().forEach(app -> allCodes.addAll(app.problems()));
        Set<String> unknown = problemKinds.unknown(allCodes);
        Set<String> packages = new HashSet<>();
        for (int i = 0; i < request.apps().size(); i++) {
            DraftNoticeRequest.AppEntry app = request.apps().get(i);
            String at = "apps[" + i + "]";
            for (int p = 0; p < app.problems().size(); p++) {
                if (unknown.contains(app.problems().get(p))) {
                    errors.add(new FieldError(at + ".problems[" + p + "]",
                            "unknown problem code '" + app.problems().get(p) + "'"));
                }
            }
            String province = UnifiedSocialCreditCode.provinceCode(app.operator().creditCode());
            if (provinces.findByIdOptional(province).isEmpty()) {
                errors.add(new FieldError(at + ".operator.creditCode",
                        "digits 3-4 ('" + province + "') name no province"));
            }
            if (!packages.add(app.packageName())) {
                errors.add(new FieldError(at + ".packageName", "appears more than once in this notice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", errors);
        }
    }
}
