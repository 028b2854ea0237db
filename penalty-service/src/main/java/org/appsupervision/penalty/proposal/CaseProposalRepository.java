package org.appsupervision.penalty.proposal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseProposalRepository implements PanacheRepositoryBase<CaseProposal, UUID> {

    private static final int LIST_LIMIT = 500;

    public boolean existsForFacts(String factKey) {
        return count("factKey", factKey) > 0;
    }

    /** Proposals of one bureau, or of all bureaus when {@code provinceCode} is null; newest first. */
    public List<CaseProposal> listFor(String provinceCode) {
        return (provinceCode == null
                ? find("order by proposedAt desc")
                : find("bureauProvinceCode = ?1 order by proposedAt desc", provinceCode))
                .page(0, LIST_LIMIT).list();
    }

    public Optional<CaseProposal> findFor(UUID id, String provinceCode) {
        return provinceCode == null
                ? findByIdOptional(id)
                : find("id = ?1 and bureauProvinceCode = ?2", id, provinceCode).firstResultOptional();
    }
}
