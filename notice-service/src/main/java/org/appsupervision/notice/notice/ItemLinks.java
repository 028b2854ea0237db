package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a notice's items link to or should warn about outside the notice: the findings each item was drafted from,
 * and per app the stores that have already taken it down under another published takedown notice (confirmed and not
 * reinstated by a lifting).
 */
@ApplicationScoped
public class ItemLinks {

    private final EntityManager em;

    public ItemLinks(EntityManager em) {
        this.em = em;
    }

    /** The findings linked to each item, in id order. */
    @SuppressWarnings("unchecked")
    Map<UUID, List<Long>> findings(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Long>> byItem = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery(
                "SELECT item_id, finding_id FROM notice_item_finding WHERE item_id IN (?1) ORDER BY finding_id")
                .setParameter(1, Set.copyOf(itemIds)).getResultList();
        for (Object[] row : rows) {
            byItem.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return byItem;
    }

    /** Per package name, the stores whose takedown of the app under another notice stands (confirmed, not lifted). */
    @SuppressWarnings("unchecked")
    Map<String, Set<String>> takenDown(UUID noticeId, Collection<String> packageNames) {
        if (packageNames.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> byPackage = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT i.package_name, c.store_code
                FROM store_confirmation c JOIN notice_item i ON i.id = c.item_id JOIN notice n ON n.id = i.notice_id
                WHERE n.status = 'PUBLISHED' AND n.kind = 'TAKEDOWN' AND n.id <> ?1 AND i.package_name IN (?2)
                  AND NOT EXISTS (SELECT 1 FROM takedown_lifting l WHERE l.item_id = i.id)
                ORDER BY 1, 2""")
                .setParameter(1, noticeId).setParameter(2, Set.copyOf(packageNames)).getResultList();
        for (Object[] row : rows) {
            byPackage.computeIfAbsent((String) row[0], k -> new LinkedHashSet<>()).add((String) row[1]);
        }
        return byPackage;
    }
}
