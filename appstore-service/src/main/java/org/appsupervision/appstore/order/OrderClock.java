package org.appsupervision.appstore.order;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.appstore.AppstoreConfig;
import org.appsupervision.appstore.store.Store;
import org.appsupervision.appstore.store.StoreRepository;
import org.appsupervision.events.TakedownOverdue;
import org.appsupervision.platform.outbox.Outbox;

/** The takedown clock: marks pending orders past their deadline overdue and reports each one once. */
@ApplicationScoped
public class OrderClock {

    private final TakedownOrderRepository orders;
    private final StoreRepository stores;
    private final Outbox outbox;
    private final AppstoreConfig config;
    private final Clock clock = Clock.systemUTC();

    public OrderClock(TakedownOrderRepository orders, StoreRepository stores, Outbox outbox, AppstoreConfig config) {
        this.orders = orders;
        this.stores = stores;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${appstore.overdue-check-every:30s}", delayed = "${appstore.overdue-check-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        while (markOverdue() == config.overdueBatchSize()) {
            // A full batch means more may be waiting.
        }
    }

    /** Marks one batch of late orders overdue and writes a TakedownOverdue for each; returns how many. */
    @Transactional
    public int markOverdue() {
        Instant now = Instant.now(clock);
        List<TakedownOrder> late = orders.dueForOverdue(now, config.overdueBatchSize());
        if (late.isEmpty()) {
            return 0;
        }
        Map<String, Store> storesByCode = stores.listAll().stream()
                .collect(Collectors.toMap(s -> s.code, Function.identity()));
        for (TakedownOrder order : late) {
            order.overdueAt = now;
            Store store = storesByCode.get(order.storeCode);
            outbox.append(new TakedownOverdue(order.id, order.noticeId, order.itemId, order.chainId,
                    order.packageName, order.appName, order.storeCode, store.nameZh, store.provinceCode,
                    order.orderedAt, order.deadline));
        }
        return late.size();
    }
}
