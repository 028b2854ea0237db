package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which authority's annex lists each item of a notice. An item set explicitly keeps its authority; otherwise it is
 * derived: from the item of the earlier notice it repeats (a re-check or takedown from unrectified items), else from
 * the detection batch of its findings (a bureau's batch names that bureau, the ministry's the ministry; the ministry
 * wins when both found the app), else the ministry. Drafts show the derivation; publication settles it into the items, so the frozen notice keeps it.
 */
@ApplicationScoped
public class ReportingAuthorities {

    private final EntityManager em;

    public ReportingAuthorities(EntityManager em) {
        this.em = em;
    }

    /** The authority of every item of the notice, by item id. */
    public Map<UUID, String> of(Notice notice) {
        Map<UUID, String> derived = notice.items.stream().anyMatch(item -> item.reportedBy == null)
                ? derived(notice.id) : Map.of();
        Map<UUID, String> authorities = new HashMap<>();
        for (NoticeItem item : notice.items) {
            authorities.put(item.id, item.reportedBy != null ? item.reportedBy
                    : derived.getOrDefault(item.id, ReportingAuthority.MINISTRY));
        }
        return authorities;
    }

    /** Writes the derived authority into every item that has none; call before the notice is frozen. */
    public void settle(Notice notice) {
        Map<UUID, String> authorities = of(notice);
        notice.items.forEach(item -> item.reportedBy = authorities.get(item.id));
        em.flush();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, String> derived(UUID noticeId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.id,
                       (SELECT CASE WHEN b.run_by = 'BUREAU' THEN b.province_code ELSE 'MINISTRY' END
                        FROM notice_item_finding l JOIN finding f ON f.id = l.finding_id
                        JOIN detection_batch b ON b.id = f.batch_id
                        WHERE l.item_id = i.id ORDER BY b.run_by = 'BUREAU', f.id LIMIT 1),
                       (SELECT s.reported_by FROM notice_item s WHERE s.id = i.source_item_id)
                FROM notice_item i WHERE i.notice_id = ?1""").setParameter(1, noticeId).getResultList();
        Map<UUID, String> derived = new HashMap<>();
        for (Object[] row : rows) {
            Object found = row[2] != null ? row[2] : row[1];
            if (found != null) {
                derived.put((UUID) row[0], found.toString().strip());
            }
        }
        return derived;
    }
}
