package org.appsupervision.notice.notice;

import java.util.List;
import org.appsupervision.events.TakedownOrdered;

/** Builds the takedown orders a published takedown notice makes: one event per app (never one for an SDK item, which a takedown notice cannot name). */
final class TakedownOrders {

    private TakedownOrders() {
    }

    static List<TakedownOrdered> of(Notice notice) {
        return notice.items.stream().filter(item -> !item.namesSdk()).map(item -> new TakedownOrdered(
                notice.id,
                notice.title,
                item.id,
                item.chainId,
                notice.publishedAt,
                new TakedownOrdered.App(item.appName, item.packageName, item.appVersion),
                new TakedownOrdered.Operator(item.operatorName, item.operatorCreditCode, item.operatorProvinceCode),
                List.copyOf(item.problemCodes),
                List.copyOf(item.storeCodes),
                item.refusedRectification))
                .toList();
    }
}
