package org.appsupervision.penalty.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.penalty.proposal.SubjectKind;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/** Opens cases by hand and shows cases to their bureau, the ministry and auditors. */
@ApplicationScoped
public class CaseService {

    private static final String LIST = "cases";

    private final CaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseOpening opening;
    private final CaseAccess access;
    private final CaseViews views;
    private final CaseClock clock;

    public CaseService(CaseRepository cases, CaseStepRepository steps, CaseOpening opening, CaseAccess access,
            CaseViews views, CaseClock clock) {
        this.cases = cases;
        this.steps = steps;
        this.opening = opening;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public CaseView open(OpenCaseRequest request, Officer officer) {
        requireCreditCodeOfAnOperator(request);
        List<SubjectLink> links = request.links() == null ? List.of() : request.links().stream().map(l -> {
            SubjectLink link = new SubjectLink();
            link.kind = l.kind();
            link.chainId = l.chainId();
            link.refId = l.refId();
            return link;
        }).toList();
        PenaltyCase c = opening.open(new CaseOpening.Subject(request.subjectKind(), request.subjectName(),
                request.subjectCode(), request.subjectAddress(), request.facts(), request.chainId(), null, links),
                officer, clock.dayOf("filedOn", request.filedOn(), null, null));
        return view(c);
    }

    /** An operator is named by its unified social credit code; a store by its code in the registry. */
    private static void requireCreditCodeOfAnOperator(OpenCaseRequest request) {
        if (request.subjectKind() == SubjectKind.OPERATOR) {
            UnifiedSocialCreditCode.problem(request.subjectCode()).ifPresent(reason -> {
                throw ProblemException.invalid(List.of(new Problem.FieldError("subjectCode",
                        "统一社会信用代码无效 / Not a valid unified social credit code: " + reason)));
            });
        }
    }

    @Transactional
    public Page<CaseView> list(BureauScope scope, CaseStage stage, PageRequest page) {
        return Page.of(cases.listFor(scope.provinceCode(), stage, page.after(LIST), page.limit() + 1), page.limit(),
                c -> Cursor.encode(LIST, c.filedAt, c.id), this::view);
    }

    @Transactional
    public CaseView get(UUID id, BureauScope scope) {
        return view(access.forReading(id, scope));
    }

    @Transactional
    public List<CaseStepView> history(UUID id, BureauScope scope) {
        return steps.ofCase(access.forReading(id, scope).id).stream().map(CaseStepView::of).toList();
    }

    private CaseView view(PenaltyCase c) {
        return views.of(c);
    }
}
