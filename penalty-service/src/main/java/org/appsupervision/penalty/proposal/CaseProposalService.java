package org.appsupervision.penalty.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.penalty.bureau.Bureau;
import org.appsupervision.penalty.bureau.BureauRepository;
import org.appsupervision.platform.problem.ProblemException;

/** Opens case proposals from the chain's facts, each at the bureau of the subject's province, once. */
@ApplicationScoped
public class CaseProposalService {

    private final CaseProposalRepository proposals;
    private final BureauRepository bureaus;
    private final Clock clock = Clock.systemUTC();

    public CaseProposalService(CaseProposalRepository proposals, BureauRepository bureaus) {
        this.proposals = proposals;
        this.bureaus = bureaus;
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
                + String.join(", ", event.problemCodes());
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
                + event.orderedAt() + " was not confirmed by its deadline " + event.deadline();
        proposals.persist(proposal);
    }

    @Transactional
    public List<CaseProposalView> list(BureauScope scope, UUID noticeId) {
        Map<String, Bureau> names = bureausByCode();
        return proposals.listFor(scope.provinceCode(), noticeId).stream().map(p -> toView(p, names)).toList();
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
        if (bureaus.findByIdOptional(provinceCode).isEmpty()) {
            throw new IllegalArgumentException("No bureau for province code '" + provinceCode + "'");
        }
        CaseProposal proposal = new CaseProposal();
        proposal.id = UUID.randomUUID();
        proposal.factKey = factKey;
        proposal.bureauProvinceCode = provinceCode;
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
        return new CaseProposalView(p.id, p.bureauProvinceCode, bureau == null ? null : bureau.nameZh, p.ground,
                p.subjectKind, p.subjectName, p.subjectCode, p.chainId, p.noticeId, p.itemId, p.orderId, p.appName,
                p.packageName, p.facts, p.status, p.proposedAt);
    }
}
