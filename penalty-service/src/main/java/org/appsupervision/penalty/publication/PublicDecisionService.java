package org.appsupervision.penalty.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.appsupervision.penalty.bureau.BureauRepository;
import org.appsupervision.penalty.cases.CasePenalty;
import org.appsupervision.penalty.cases.CasePenaltyRepository;
import org.appsupervision.penalty.cases.CaseRepository;
import org.appsupervision.penalty.document.CaseDocument;
import org.appsupervision.penalty.document.CaseDocumentRepository;
import org.appsupervision.penalty.legalbasis.LegalBasisRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;

/** The decisions the bureaus chose to publish (公开), newest first. */
@ApplicationScoped
public class PublicDecisionService {

    private static final String LIST = "public-decisions";

    private final CaseRepository cases;
    private final CasePenaltyRepository penalties;
    private final CaseDocumentRepository documents;
    private final BureauRepository bureaus;
    private final LegalBasisRepository bases;

    public PublicDecisionService(CaseRepository cases, CasePenaltyRepository penalties, CaseDocumentRepository documents,
            BureauRepository bureaus, LegalBasisRepository bases) {
        this.cases = cases;
        this.penalties = penalties;
        this.documents = documents;
        this.bureaus = bureaus;
        this.bases = bases;
    }

    @Transactional
    public Page<PublishedDecision> list(String provinceCode, PageRequest page) {
        return Page.of(cases.published(provinceCode, page.after(LIST), page.limit() + 1), page.limit(),
                c -> Cursor.encode(LIST, c.publishedOn, c.decisionNumber, c.id), this::view);
    }

    /** The decisions published on the days from..to (both included), as the list shows them; for the open data. */
    @Transactional
    public java.util.List<PublishedDecision> publishedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return cases.publishedBetween(from, to).stream().map(this::view).toList();
    }

    private PublishedDecision view(org.appsupervision.penalty.cases.PenaltyCase c) {
        return new PublishedDecision(c.decisionNumber,
                bureaus.findById(c.bureauProvinceCode).nameZh, c.subjectName, c.subjectCode,
                bases.findById(c.decisionBasis).citation(), penalties.of(c.id, CasePenalty.Phase.DECISION), c.totalFine,
                c.decisionOn, c.publishedOn, documents.latest(c.id, CaseDocument.Kind.DECISION)
                        .map(d -> d.sha256).orElse(null));
    }
}
