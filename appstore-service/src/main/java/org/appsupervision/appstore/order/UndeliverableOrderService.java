package org.appsupervision.appstore.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads the orders a notice named that could not be issued. */
@ApplicationScoped
public class UndeliverableOrderService {

    private final UndeliverableOrderRepository undeliverable;

    public UndeliverableOrderService(UndeliverableOrderRepository undeliverable) {
        this.undeliverable = undeliverable;
    }

    /** One page of a notice's undeliverable orders and the cursor of the next page (null on the last). */
    @Transactional
    public UndeliverableOrderView.Page ofNotice(UUID noticeId, String after, int limit) {
        List<UndeliverableOrder> page = undeliverable.ofNotice(noticeId, NoticeOrderCursor.decode(after), limit + 1);
        boolean more = page.size() > limit;
        List<UndeliverableOrder> shown = more ? page.subList(0, limit) : page;
        String next = more ? new NoticeOrderCursor(shown.get(shown.size() - 1).appName, shown.get(shown.size() - 1).id)
                .encode() : null;
        return new UndeliverableOrderView.Page(shown.stream().map(UndeliverableOrderView::of).toList(), next);
    }
}
