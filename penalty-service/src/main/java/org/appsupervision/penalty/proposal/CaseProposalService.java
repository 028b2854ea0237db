package org.appsupervision.penalty.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.penalty.bureau.Bureau;
import org.appsupervision.penalty.bureau.BureauRepository;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CaseOpening;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.cases.SubjectLink;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.security.BureauScope;

/**
 * Opens case proposals from the chain's facts, each at the bureau of the subject's province (the ministry's
 * bureau where the province has none), once.
 */
@ApplicationScoped
public class CaseProposalService {

    private static final String LIST = "proposals";


    private final CaseProposalRepository proposals;
    private final BureauRepository bureaus;
    private final ActingAuthority authority;
    private final CaseOpening opening;
    private final CaseClock caseClock;
    private final Clock clock = Clock.systemUTC();

    public CaseProposalService(CaseProposalRepository proposals, BureauRepository bureaus, ActingAuthority authority,
            CaseOpening opening, CaseClock caseClock) {
        this.proposals = proposals;
        this.bureaus = bureaus;
        this.authority = authority;
        this.opening = opening;
        this.caseClock = caseClock;
    }

    /** Files (立案) a proposal of the officer's bureau as a case; a proposal is filed or dismissed once. */
    @Transactional
    public CaseProposalView file(UUID id, Officer officer, FilingRequest request) {
        CaseProposal proposal = undecided(id, officer);
        List<SubjectLink> links = new ArrayList<>();
        links.add(link(proposal.orderId == null ? "NOTICE_ITEM" : "ORDER", proposal.chainId,
                proposal.orderId == null ? proposal.itemId : proposal.orderId));
        String facts = request.facts() == null || request.facts().isBlank() ? proposal.facts : request.facts();
        PenaltyCase c = opening.open(new CaseOpening.Subject(proposal.subjectKind, proposal.subjectName,
                proposal.subjectCode, request.subjectAddress(), facts, proposal.chainId, proposal.id, links), officer,
                caseClock.dayOf("filedOn", request.filedOn(), null, null));
        proposal.status = CaseProposal.Status.FILED;
        proposal.caseId = c.id;
        decided(proposal, officer);
        return toView(proposal, bureausByCode());
    }

    /** Dismisses a proposal of the officer's bureau with the reason no case is filed. */
    @Transactional
    public CaseProposalView dismiss(UUID id, Officer officer, DismissalRequest request) {
        CaseProposal proposal = undecided(id, officer);
        proposal.status = CaseProposal.Status.DISMISSED;
        proposal.dismissalReason = request.reason();
        decided(proposal, officer);
        return toView(proposal, bureausByCode());
    }

    private CaseProposal undecided(UUID id, Officer officer) {
        CaseProposal proposal = proposals.findForUpdate(id, officer.provinceCode())
                .orElseThrow(() -> ProblemException.notFound("Case proposal", id));
        if (proposal.status != CaseProposal.Status.PROPOSED) {
            throw new PenaltyProblemException(PenaltyProblem.DUPLICATE_FACTS, "Proposal " + id + " was already "
                    + proposal.status.name().toLowerCase() + (proposal.caseId == null ? "" : " as case " + proposal.caseId)
                    + ": the same facts are filed or dismissed once");
        }
        return proposal;
    }

    private void decided(CaseProposal proposal, Officer officer) {
        proposal.decidedBy = officer.name();
        proposal.decidedAt = Instant.now(clock);
    }

    private static SubjectLink link(String kind, UUID chainId, UUID refId) {
        SubjectLink link = new SubjectLink();
        link.kind = kind;
        link.chainId = chainId;
        link.refId = refId;
        return link;
    }

    /** An operator that refused to rectify and was taken down: a proposal for its province's bureau. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void proposeForRefusal(TakedownOrdered event) {
        if (!event.refusedRectification()) {
            return;
        }
        CaseProposal proposal = base("takedown:" + event.itemId(), event.operator().provinceCode(),
                ProposalGround.OPERATOR_REFUSED_RECTIFICATION, event.chainId(), event.noticeId(), event.itemId());
        if (proposal == null) {
            return;
        }
        proposal.subjectKind = SubjectKind.OPERATOR;
        proposal.subjectName = event.operator().name();
        proposal.subjectCode = event.operator().creditCode();
        proposal.appName = event.app().name();
        proposal.packageName = event.app().packageName();
        proposal.facts = "《" + event.noticeTitle() + "》 " + event.publishedAt() + " ordered the takedown of "
                + event.app().name() + " (" + event.app().packageName() + ") after the operator did not rectify; problems: "
                + String.join(", ", event.problemCodes()) + ActingAuthority.note(event.operator().provinceCode(),
                proposal.bureauProvinceCode);
        proposals.persist(proposal);
    }

    /** A store that let a takedown order go overdue: a proposal for the bureau of the store's province. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void proposeForOverdue(TakedownOverdue event) {
        CaseProposal proposal = base("overdue:" + event.orderId(), event.storeProvinceCode(),
                ProposalGround.STORE_TAKEDOWN_OVERDUE, event.chainId(), event.noticeId(), event.itemId());
        if (proposal == null) {
            return;
        }
        proposal.subjectKind = SubjectKind.STORE;
        proposal.subjectName = event.storeName() == null ? event.storeCode() : event.storeName();
        proposal.subjectCode = event.storeCode();
        proposal.orderId = event.orderId();
        proposal.appName = event.appName();
        proposal.packageName = event.packageName();
        proposal.facts = "Takedown order " + event.orderId() + " for " + event.packageName() + " ordered "
                + event.orderedAt() + " was not confirmed by its deadline " + event.deadline()
                + ActingAuthority.note(event.storeProvinceCode(), proposal.bureauProvinceCode);
        proposals.persist(proposal);
    }

    @Transactional
    public Page<CaseProposalView> list(BureauScope scope, UUID noticeId, PageRequest page) {
        Map<String, Bureau> names = bureausByCode();
        return Page.of(proposals.listFor(scope.provinceCode(), noticeId, page.after(LIST), page.limit() + 1),
                page.limit(), p -> Cursor.encode(LIST, p.proposedAt, p.id), p -> toView(p, names));
    }

    @Transactional
    public CaseProposalView get(UUID id, BureauScope scope) {
        // Another bureau's proposal answers like a missing one.
        CaseProposal proposal = proposals.findFor(id, scope.provinceCode())
                .orElseThrow(() -> ProblemException.notFound("Case proposal", id));
        return toView(proposal, bureausByCode());
    }

    private CaseProposal base(String factKey, String provinceCode, ProposalGround ground, UUID chainId,
            UUID noticeId, UUID itemId) {
        if (proposals.existsForFacts(factKey)) {
            return null;
        }
        CaseProposal proposal = new CaseProposal();
        proposal.id = UUID.randomUUID();
        proposal.factKey = factKey;
        proposal.bureauProvinceCode = authority.bureauFor(provinceCode);
        proposal.subjectProvinceCode = provinceCode;
        proposal.ground = ground;
        proposal.chainId = chainId;
        proposal.noticeId = noticeId;
        proposal.itemId = itemId;
        proposal.status = CaseProposal.Status.PROPOSED;
        proposal.proposedAt = Instant.now(clock);
        return proposal;
    }

    private Map<String, Bureau> bureausByCode() {
        return bureaus.listAll().stream().collect(Collectors.toMap(b -> b.provinceCode, Function.identity()));
    }

    private static CaseProposalView toView(CaseProposal p, Map<String, Bureau> bureaus) {
        Bureau bureau = bureaus.get(p.bureauProvinceCode);
        return new CaseProposalView(p.id, p.bureauProvinceCode, bureau == null ? null : bureau.nameZh,
                p.subjectProvinceCode, p.ground,
                p.subjectKind, p.subjectName, p.subjectCode, p.chainId, p.noticeId, p.itemId, p.orderId, p.appName,
                p.packageName, p.facts, p.status, p.proposedAt, p.decidedBy, p.decidedAt, p.dismissalReason, p.caseId);
    }
}
