package org.appsupervision.appstore.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;

/** Reads the orders a notice named that could not be issued. */
@ApplicationScoped
public class UndeliverableOrderService {

    private static final String LIST = "undeliverable-orders";

    private final UndeliverableOrderRepository undeliverable;

    public UndeliverableOrderService(UndeliverableOrderRepository undeliverable) {
        this.undeliverable = undeliverable;
    }

    /** One page of a notice's undeliverable orders and the cursor of the next page (null on the last). */
    @Transactional
    public Page<UndeliverableOrderView> ofNotice(UUID noticeId, PageRequest page) {
        return Page.of(undeliverable.ofNotice(noticeId, page.after(LIST), page.limit() + 1), page.limit(),
                u -> Cursor.encode(LIST, u.appName, u.id), UndeliverableOrderView::of);
    }
}
