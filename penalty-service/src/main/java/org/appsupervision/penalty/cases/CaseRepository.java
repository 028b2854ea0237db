package org.appsupervision.penalty.cases;

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
public class CaseRepository implements PanacheRepositoryBase<PenaltyCase, UUID> {

    /**
     * Cases of one bureau, or of all when {@code provinceCode} is null, optionally in one stage; newest first (then by
     * id), after the cursor's row, at most {@code limit}.
     */
    public List<PenaltyCase> listFor(String provinceCode, CaseStage stage, Cursor after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (provinceCode != null) {
            query.append(" and bureauProvinceCode = :province");
            parameters.and("province", provinceCode);
        }
        if (stage != null) {
            query.append(" and stage = :stage");
            parameters.and("stage", stage);
        }
        if (after != null) {
            query.append(" and ").append(Keyset.after(true, "filedAt", "id"));
            parameters.and("k0", after.instant(0)).and("k1", after.uuid(1));
        }
        query.append(" order by ").append(Keyset.order(true, "filedAt", "id"));
        return find(query.toString(), parameters).page(0, limit).list();
    }

    public Optional<PenaltyCase> findFor(UUID id, String provinceCode) {
        return provinceCode == null
                ? findByIdOptional(id)
                : find("id = ?1 and bureauProvinceCode = ?2", id, provinceCode).firstResultOptional();
    }

    /**
     * A case of one bureau, locked until the transaction ends: concurrent steps on one case run one
     * after the other, and the second is judged against the stage the first left.
     */
    public Optional<PenaltyCase> findForUpdate(UUID id, String provinceCode) {
        return find("id = ?1 and bureauProvinceCode = ?2", id, provinceCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Cases whose decision was published, of one bureau or all (null), newest publication first (then by decision
     * number and id), after the cursor's row, at most {@code limit}.
     */
    public List<PenaltyCase> published(String provinceCode, Cursor after, int limit) {
        StringBuilder query = new StringBuilder("publishedOn is not null");
        Parameters parameters = new Parameters();
        if (provinceCode != null) {
            query.append(" and bureauProvinceCode = :province");
            parameters.and("province", provinceCode);
        }
        if (after != null) {
            query.append(" and ").append(Keyset.after(true, "publishedOn", "decisionNumber", "id"));
            parameters.and("k0", after.date(0)).and("k1", after.text(1)).and("k2", after.uuid(2));
        }
        query.append(" order by ").append(Keyset.order(true, "publishedOn", "decisionNumber", "id"));
        return find(query.toString(), parameters).page(0, limit).list();
    }

    /** Cases whose decision was published on the days from..to (both included), by day, decision number and id. */
    public List<PenaltyCase> publishedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return list("publishedOn >= ?1 and publishedOn <= ?2 order by publishedOn, decisionNumber, id", from, to);
    }

    /**
     * Whether an open case of this bureau already links to this finding, notice item or order; another bureau's
     * cases are never consulted, so one bureau can neither learn of nor block another's case.
     */
    public boolean openCaseLinks(String provinceCode, String kind, UUID refId) {
        return getEntityManager().createQuery("""
                select count(c) from PenaltyCase c join c.links l
                where c.bureauProvinceCode = :province and l.kind = :kind and l.refId = :ref
                  and c.stage <> :closed""", Long.class)
                .setParameter("province", provinceCode).setParameter("kind", kind).setParameter("ref", refId)
                .setParameter("closed", CaseStage.CLOSED)
                .getSingleResult() > 0;
    }

    /** The next number of a bureau's series for a year (1, 2, 3 ...), without gaps between committed cases. */
    public int nextNumber(String provinceCode, int year, String series) {
        Object next = getEntityManager().createNativeQuery("""
                INSERT INTO case_number_counter (bureau_province_code, year, series, last_number)
                VALUES (:province, :year, :series, 1)
                ON CONFLICT (bureau_province_code, year, series)
                DO UPDATE SET last_number = case_number_counter.last_number + 1
                RETURNING last_number""")
                .setParameter("province", provinceCode).setParameter("year", year).setParameter("series", series)
                .getSingleResult();
        return ((Number) next).intValue();
    }
}
