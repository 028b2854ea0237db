package org.appsupervision.penalty.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.bureau.Bureau;
import org.appsupervision.penalty.bureau.BureauRepository;
import org.appsupervision.penalty.cases.CasePenalty;
import org.appsupervision.penalty.cases.CasePenaltyRepository;
import org.appsupervision.penalty.cases.CaseRepository;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.deadline.CaseDeadline;
import org.appsupervision.penalty.deadline.CaseDeadlineRepository;
import org.appsupervision.penalty.document.CaseDocument;
import org.appsupervision.penalty.document.CaseDocumentPdf;
import org.appsupervision.penalty.document.CaseDocumentPdfRepository;
import org.appsupervision.penalty.document.CaseDocumentRepository;
import org.appsupervision.penalty.legalbasis.LegalBasis;
import org.appsupervision.penalty.legalbasis.LegalBasisRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/**
 * The cases whose party has the enterprise's credit code; any other case, and any document not served on the party,
 * answers "not found".
 */
@ApplicationScoped
public class EnterpriseCaseService {

    private static final String LIST = "enterprise-cases";

    private final CaseRepository cases;
    private final BureauRepository bureaus;
    private final CasePenaltyRepository penalties;
    private final CaseDeadlineRepository deadlines;
    private final CaseDocumentRepository documents;
    private final CaseDocumentPdfRepository pdfs;
    private final LegalBasisRepository bases;

    public EnterpriseCaseService(CaseRepository cases, BureauRepository bureaus, CasePenaltyRepository penalties,
            CaseDeadlineRepository deadlines, CaseDocumentRepository documents, CaseDocumentPdfRepository pdfs,
            LegalBasisRepository bases) {
        this.cases = cases;
        this.bureaus = bureaus;
        this.penalties = penalties;
        this.deadlines = deadlines;
        this.documents = documents;
        this.pdfs = pdfs;
        this.bases = bases;
    }

    @Transactional
    public Page<EnterpriseCaseView.Line> list(String creditCode, PageRequest page) {
        Cursor after = page.after(LIST);
        String query = "subjectCode = ?1";
        List<PenaltyCase> rows = after == null
                ? cases.find(query + " order by " + Keyset.order(true, "filedAt", "id"), creditCode)
                        .page(0, page.limit() + 1).list()
                : cases.find(query + " and (filedAt, id) < (?2, ?3) order by " + Keyset.order(true, "filedAt", "id"),
                        creditCode, after.instant(0), after.uuid(1)).page(0, page.limit() + 1).list();
        return Page.of(rows, page.limit(), c -> Cursor.encode(LIST, c.filedAt, c.id), this::line);
    }

    @Transactional
    public EnterpriseCaseView get(String creditCode, UUID id) {
        PenaltyCase c = own(creditCode, id);
        EnterpriseCaseView.PriorNotice prior = c.priorNoticeOn == null ? null : new EnterpriseCaseView.PriorNotice(
                c.priorNoticeOn, c.priorNoticeBasis, citation(c.priorNoticeBasis),
                penalties.of(c.id, CasePenalty.Phase.PRIOR_NOTICE));
        EnterpriseCaseView.Decision decision = c.servedOn == null ? null : new EnterpriseCaseView.Decision(
                c.decisionNumber, c.decisionOn, c.servedOn, c.publishedOn, c.decisionBasis, citation(c.decisionBasis),
                penalties.of(c.id, CasePenalty.Phase.DECISION), c.totalFine);
        List<EnterpriseCaseView.Document> served = documents.ofCase(c.id).stream()
                .filter(d -> d.servedOn != null && d.pdfSha256 != null)
                .map(d -> new EnterpriseCaseView.Document(d.id, d.kind.name(), d.number, d.servedOn, d.pdfSha256,
                        d.signedAt, "/api/penalty/enterprise/cases/" + c.id + "/documents/" + d.id + "/pdf"))
                .toList();
        return new EnterpriseCaseView(c.id, c.caseNumber, c.bureauProvinceCode, bureauName(c), c.subjectName,
                c.subjectCode, c.stage, c.filedOn, prior, c.hearingRequestedOn, c.hearingOn, decision, c.closedOn,
                partyDeadlines(c), served);
    }

    /** The signed PDF of a document served on the party, byte for byte as issued. */
    @Transactional
    public CaseDocument servedDocument(String creditCode, UUID caseId, UUID documentId) {
        PenaltyCase c = own(creditCode, caseId);
        return documents.ofCase(c.id, documentId).filter(d -> d.servedOn != null && d.pdfSha256 != null)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }

    @Transactional
    public byte[] pdf(CaseDocument document) {
        CaseDocumentPdf pdf = pdfs.findById(document.id);
        if (pdf == null) {
            throw ProblemException.notFound("PDF of document", document.id);
        }
        return pdf.pdf;
    }

    private PenaltyCase own(String creditCode, UUID id) {
        return cases.find("id = ?1 and subjectCode = ?2", id, creditCode).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case", id));
    }

    private EnterpriseCaseView.Line line(PenaltyCase c) {
        List<EnterpriseCaseView.PartyDeadline> open = partyDeadlines(c).stream()
                .filter(d -> "OPEN".equals(d.status())).sorted(Comparator.comparing(EnterpriseCaseView.PartyDeadline::dueDate))
                .toList();
        return new EnterpriseCaseView.Line(c.id, c.caseNumber, bureauName(c), c.stage, c.filedOn,
                c.servedOn == null ? null : c.decisionNumber, c.servedOn == null ? null : c.totalFine, c.closedOn,
                open.isEmpty() ? null : open.get(0));
    }

    private List<EnterpriseCaseView.PartyDeadline> partyDeadlines(PenaltyCase c) {
        return deadlines.ofCase(c.id).stream().filter(d -> !d.kind.bureauObligation())
                .map(EnterpriseCaseService::deadline).toList();
    }

    private static EnterpriseCaseView.PartyDeadline deadline(CaseDeadline d) {
        return new EnterpriseCaseView.PartyDeadline(d.kind.name(), d.dueDate, d.status.name(), d.metOn, d.legalRule);
    }

    private String bureauName(PenaltyCase c) {
        Bureau bureau = bureaus.findById(c.bureauProvinceCode);
        return bureau == null ? null : bureau.nameZh;
    }

    private String citation(String code) {
        LegalBasis basis = code == null ? null : bases.findById(code);
        return basis == null ? null : basis.citation();
    }
}
