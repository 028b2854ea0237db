package org.appsupervision.appstore.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Function;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;

/** Pages the orders of one enterprise's apps, newest first, resuming after the cursor's (ordered at, id). */
@ApplicationScoped
public class EnterpriseOrderService {

    private static final String LIST = "enterprise-orders";

    private final EnterpriseOrderQueries orders;

    public EnterpriseOrderService(EnterpriseOrderQueries orders) {
        this.orders = orders;
    }

    @Transactional
    public Page<EnterpriseOrderView> page(String creditCode, UUID noticeId, String packageName, PageRequest page) {
        return Page.of(orders.page(creditCode, noticeId, packageName, page.after(LIST), page.limit() + 1),
                page.limit(), o -> Cursor.encode(LIST, o.orderedAt(), o.id()), Function.identity());
    }
}
