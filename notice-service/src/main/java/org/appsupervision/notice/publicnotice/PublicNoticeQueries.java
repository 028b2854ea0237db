package org.appsupervision.notice.publicnotice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Searches published notices by app, operator, problem and publication date. */
@ApplicationScoped
public class PublicNoticeQueries {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;

    public PublicNoticeQueries(EntityManager em) {
        this.em = em;
    }

    /** Search criteria; null means any. */
    public record Criteria(String app, String operator, String problem, LocalDate from, LocalDate to, String kind) {
    }

    @SuppressWarnings("unchecked")
    public PublicNoticeView.Page search(Criteria criteria, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" FROM notice n WHERE n.status = 'PUBLISHED'");
        if (criteria.kind() != null) {
            where.append(" AND n.kind = :kind");
            params.put("kind", criteria.kind());
        }
        if (criteria.from() != null) {
            where.append(" AND n.published_at >= :from");
            params.put("from", criteria.from().atStartOfDay(BEIJING).toOffsetDateTime());
        }
        if (criteria.to() != null) {
            where.append(" AND n.published_at < :to");
            params.put("to", criteria.to().plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime());
        }
        List<String> itemFilters = new ArrayList<>();
        if (criteria.app() != null) {
            itemFilters.add("(i.app_name ILIKE :app OR i.package_name = :appExact)");
            params.put("app", "%" + criteria.app() + "%");
            params.put("appExact", criteria.app());
        }
        if (criteria.operator() != null) {
            itemFilters.add("(i.operator_name ILIKE :operator OR i.operator_credit_code = :operatorExact)");
            params.put("operator", "%" + criteria.operator() + "%");
            params.put("operatorExact", criteria.operator());
        }
        if (criteria.problem() != null) {
            itemFilters.add("EXISTS (SELECT 1 FROM notice_item_problem p WHERE p.item_id = i.id AND p.problem_code = :problem)");
            params.put("problem", criteria.problem());
        }
        if (!itemFilters.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM notice_item i WHERE i.notice_id = n.id AND ")
                    .append(String.join(" AND ", itemFilters)).append(')');
        }
        Query count = em.createNativeQuery("SELECT count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = em.createNativeQuery("""
                SELECT n.id, n.kind, n.title, n.published_at, n.deadline_date,
                       (SELECT count(*) FROM notice_item i WHERE i.notice_id = n.id AND i.subject = 'APP')""" + where
                + " ORDER BY n.published_at DESC, n.id");
        params.forEach(select::setParameter);
        List<Object[]> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<PublicNoticeView.Summary> items = rows.stream().map(row -> new PublicNoticeView.Summary((UUID) row[0],
                (String) row[1], (String) row[2], instant(row[3]), date(row[4]), ((Number) row[5]).intValue())).toList();
        return new PublicNoticeView.Page(page, size, total, items);
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
