package org.appsupervision.penalty.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.penalty.publication.PublicDecisionService;
import org.appsupervision.penalty.publication.PublishedDecision;
import org.appsupervision.platform.opendata.OpenDataset;

/**
 * The penalty decisions published on a day, as the public decisions list ({@code /public/penalty/decisions}) shows
 * them and from the same service, except the free-text note of each penalty (for a fine of a responsible person it
 * names the person and their post): the dump keeps each penalty's type and amount only.
 */
@ApplicationScoped
public class PublishedDecisionsDataset implements OpenDataset {

    static final List<String> COLUMNS = List.of("day", "decision_number", "bureau", "subject_name", "subject_code",
            "legal_basis", "penalties", "total_fine_cny", "decided_on", "published_on", "document_sha256");

    private final PublicDecisionService decisions;

    public PublishedDecisionsDataset(PublicDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public String name() {
        return "penalty-decisions";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        for (PublishedDecision d : decisions.publishedBetween(from, to)) {
            List<Map<String, Object>> penalties = d.penalties().stream().map(p -> {
                Map<String, Object> penalty = new LinkedHashMap<>();
                penalty.put("type", p.type());
                penalty.put("amountCny", p.amountCny());
                return penalty;
            }).toList();
            sink.row(d.publishedOn(), d.decisionNumber(), d.bureauName(), d.subjectName(), d.subjectCode(),
                    d.legalBasis(), penalties, d.totalFineCny(), d.decidedOn(), d.publishedOn(), d.documentSha256());
        }
    }
}
