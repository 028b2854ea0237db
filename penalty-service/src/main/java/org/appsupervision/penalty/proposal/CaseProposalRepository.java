package org.appsupervision.penalty.proposal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;

@ApplicationScoped
public class CaseProposalRepository implements PanacheRepositoryBase<CaseProposal, UUID> {


    public boolean existsForFacts(String factKey) {
        return count("factKey", factKey) > 0;
    }

    /**
     * Proposals of one bureau, or of all bureaus when {@code provinceCode} is null, optionally of one
     * notice only; newest first (then by id), after the cursor's row, at most {@code limit}.
     */
    public List<CaseProposal> listFor(String provinceCode, UUID noticeId, Cursor after, int limit) {
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
        if (after != null) {
            query.append(" and ").append(Keyset.after(true, "proposedAt", "id"));
            parameters.and("k0", after.instant(0)).and("k1", after.uuid(1));
        }
        query.append(" order by ").append(Keyset.order(true, "proposedAt", "id"));
        return find(query.toString(), parameters).page(0, limit).list();
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
