package org.appsupervision.appstore.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;

@ApplicationScoped
public class UndeliverableOrderRepository implements PanacheRepositoryBase<UndeliverableOrder, UUID> {

    /** Records each one unless its (item, store) is recorded already, so a replayed event records nothing. */
    public int recordNew(List<UndeliverableOrder> undeliverable) {
        int recorded = 0;
        for (UndeliverableOrder u : undeliverable) {
            recorded += getEntityManager().createNativeQuery("""
                    INSERT INTO undeliverable_order (id, notice_id, item_id, chain_id, notice_title, app_name,
                        package_name, store_code, reason, ordered_at, recorded_at, kind, operator_credit_code)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                    ON CONFLICT (item_id, store_code, kind) DO NOTHING""")
                    .setParameter(1, u.id).setParameter(2, u.noticeId).setParameter(3, u.itemId)
                    .setParameter(4, u.chainId).setParameter(5, u.noticeTitle).setParameter(6, u.appName)
                    .setParameter(7, u.packageName).setParameter(8, u.storeCode).setParameter(9, u.reason.name())
                    .setParameter(10, u.orderedAt).setParameter(11, u.recordedAt)
                    .setParameter(12, u.kind.name()).setParameter(13, u.operatorCreditCode)
                    .executeUpdate();
        }
        return recorded;
    }

    /** A notice's undeliverable orders after the cursor (by app name, then id), at most {@code limit}. */
    public List<UndeliverableOrder> ofNotice(UUID noticeId, Cursor after, int limit) {
        String order = " order by " + Keyset.order(false, "appName", "id");
        if (after == null) {
            return find("noticeId = :notice" + order, Parameters.with("notice", noticeId)).page(0, limit).list();
        }
        return find("noticeId = :notice and " + Keyset.after(false, "appName", "id") + order,
                Parameters.with("notice", noticeId).and("k0", after.text(0)).and("k1", after.uuid(1)))
                .page(0, limit).list();
    }
}
