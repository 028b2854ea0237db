package org.appsupervision.appstore.enterprise;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.appsupervision.appstore.store.ChannelKind;
import org.appsupervision.platform.paging.Cursor;

/**
 * Reads the orders and undeliverable orders of one enterprise's apps (by the operator credit code the order carries),
 * newest first, with the notice or app filters applied in the query.
 */
@ApplicationScoped
public class EnterpriseOrderQueries {

    private static final String ORDERS = """
            SELECT * FROM (
              SELECT o.id, o.kind, o.notice_id, o.item_id, o.chain_id, o.notice_title, o.app_name, o.package_name,
                     o.app_version, o.store_code, o.status, o.overdue_at IS NOT NULL AS overdue,
                     EXISTS (SELECT 1 FROM takedown_order r WHERE r.item_id = o.item_id AND r.kind = 'REINSTATEMENT')
                       OR EXISTS (SELECT 1 FROM undeliverable_order r WHERE r.item_id = o.item_id
                                  AND r.kind = 'REINSTATEMENT') AS lifted,
                     o.ordered_at, o.deadline, o.acknowledged_at, o.objected_at, o.objection_outcome, o.confirmed_at,
                     o.removed_at, CAST(NULL AS TEXT) AS reason, o.channel_kind, CAST(o.model_lines AS TEXT)
              FROM takedown_order o WHERE o.operator_credit_code = :code
              UNION ALL
              SELECT u.id, u.kind, u.notice_id, u.item_id, u.chain_id, u.notice_title, u.app_name, u.package_name,
                     CAST(NULL AS TEXT), u.store_code, 'UNDELIVERABLE', FALSE,
                     EXISTS (SELECT 1 FROM takedown_order r WHERE r.item_id = u.item_id AND r.kind = 'REINSTATEMENT'),
                     u.ordered_at, CAST(NULL AS TIMESTAMPTZ), CAST(NULL AS TIMESTAMPTZ), CAST(NULL AS TIMESTAMPTZ),
                     CAST(NULL AS TEXT), CAST(NULL AS TIMESTAMPTZ), CAST(NULL AS TIMESTAMPTZ), u.reason,
                     COALESCE((SELECT s.kind FROM store s WHERE s.code = u.store_code), 'APP_STORE'), CAST(NULL AS TEXT)
              FROM undeliverable_order u WHERE u.operator_credit_code = :code
            ) x WHERE TRUE""";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public EnterpriseOrderQueries(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @SuppressWarnings("unchecked")
    public List<EnterpriseOrderView> page(String code, UUID noticeId, String packageName, Cursor after, int limit) {
        String sql = ORDERS;
        if (noticeId != null) {
            sql += " AND x.notice_id = :notice";
        }
        if (packageName != null) {
            sql += " AND x.package_name = :pkg";
        }
        if (after != null) {
            sql += " AND (x.ordered_at, x.id) < (:k0, :k1)";
        }
        Query query = em.createNativeQuery(sql + " ORDER BY x.ordered_at DESC, x.id DESC LIMIT :limit")
                .setParameter("code", code).setParameter("limit", limit);
        if (noticeId != null) {
            query.setParameter("notice", noticeId);
        }
        if (packageName != null) {
            query.setParameter("pkg", packageName);
        }
        if (after != null) {
            query.setParameter("k0", OffsetDateTime.ofInstant(after.instant(0), ZoneOffset.UTC))
                    .setParameter("k1", after.uuid(1));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new EnterpriseOrderView((UUID) r[0],
                (String) r[1], (UUID) r[2], (UUID) r[3], (UUID) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], (String) r[10], (Boolean) r[11], (Boolean) r[12], instant(r[13]),
                instant(r[14]), instant(r[15]), instant(r[16]), (String) r[17], instant(r[18]), instant(r[19]),
                (String) r[20], (String) r[21], ChannelKind.valueOf((String) r[21]).requiredAction(),
                modelLines((String) r[21], (String) r[22]))).toList();
    }

    /** A maker's model lines from their JSON column (none recorded reads as none); null for an app store. */
    private List<String> modelLines(String channelKind, String json) {
        if (!ChannelKind.HANDSET_MAKER.name().equals(channelKind)) {
            return null;
        }
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(mapper.readValue(json, String[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored model lines are not a JSON array of strings", e);
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
