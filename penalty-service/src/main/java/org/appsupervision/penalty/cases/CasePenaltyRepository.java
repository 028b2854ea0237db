package org.appsupervision.penalty.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.legalbasis.PenaltyItem;

@ApplicationScoped
public class CasePenaltyRepository implements PanacheRepository<CasePenalty> {

    public List<PenaltyItem> of(UUID caseId, CasePenalty.Phase phase) {
        return list("caseId = ?1 and phase = ?2 order by id", caseId, phase).stream().map(CasePenalty::toItem).toList();
    }

    /** Replaces the penalties of a phase (a new prior notice replaces the one before it). */
    public void replace(UUID caseId, CasePenalty.Phase phase, List<PenaltyItem> items) {
        delete("caseId = ?1 and phase = ?2", caseId, phase);
        for (PenaltyItem item : items) {
            CasePenalty p = new CasePenalty();
            p.caseId = caseId;
            p.phase = phase;
            p.type = item.type();
            p.amount = item.amountCny();
            p.note = item.note();
            persist(p);
        }
    }
}
