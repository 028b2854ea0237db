package org.appsupervision.penalty.proposal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseProposalRepository implements PanacheRepositoryBase<CaseProposal, UUID> {

    private static final int LIST_LIMIT = 500;

    public boolean existsForFacts(String factKey) {
        return count("factKey", factKey) > 0;
    }

    /**
     * Proposals of one bureau, or of all bureaus when {@code provinceCode} is null, optionally of one
     * notice only; newest first, at most {@value #LIST_LIMIT}.
     */
    public List<CaseProposal> listFor(String provinceCode, UUID noticeId) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (provinceCode != null) {
            query.append(" and bureauProvinceCode = :province");
            parameters.and("province", provinceCode);
        }
        if (noticeId != null) {
            query.append(" and noticeId = :notice");
            parameters.and("notice", noticeId);
        }
        return find(query.append(" order by proposedAt desc").toString(), parameters).page(0, LIST_LIMIT).list();
    }

    /** A proposal of one bureau, locked until the transaction ends, so it is filed or dismissed once. */
    public Optional<CaseProposal> findForUpdate(UUID id, String provinceCode) {
        return find("id = ?1 and bureauProvinceCode = ?2", id, provinceCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<CaseProposal> findFor(UUID id, String provinceCode) {
        return provinceCode == null
                ? findByIdOptional(id)
                : find("id = ?1 and bureauProvinceCode = ?2", id, provinceCode).firstResultOptional();
    }
}
