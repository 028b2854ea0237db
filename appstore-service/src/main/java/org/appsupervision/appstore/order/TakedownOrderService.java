package org.appsupervision.appstore.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appsupervision.appstore.AppstoreConfig;
import org.appsupervision.appstore.store.StoreRepository;
import org.appsupervision.events.TakedownConfirmed;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/** Takedown orders: created from published notices, listed to and confirmed by their store. */
@ApplicationScoped
public class TakedownOrderService {

    private final TakedownOrderRepository orders;
    private final StoreRepository stores;
    private final Outbox outbox;
    private final AppstoreConfig config;
    private final Clock clock = Clock.systemUTC();

    public TakedownOrderService(TakedownOrderRepository orders, StoreRepository stores, Outbox outbox,
            AppstoreConfig config) {
        this.orders = orders;
        this.stores = stores;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * One order per store named for the app, or per registered store when none is named. Runs in
     * the consumer's transaction; an existing order is kept, so a replay creates nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createOrders(TakedownOrdered event) {
        Set<String> targets = event.storeCodes().isEmpty()
                ? stores.listAll().stream().map(s -> s.code).collect(Collectors.toCollection(TreeSet::new))
                : new TreeSet<>(event.storeCodes());
        Set<String> known = stores.list("code in ?1", targets).stream().map(s -> s.code).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(targets);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Notice names stores that are not registered: " + unknown);
        }
        int created = 0;
        Instant now = Instant.now(clock);
        for (String storeCode : targets) {
            if (!orders.exists(event.itemId(), storeCode)) {
                orders.persist(newOrder(event, storeCode, now));
                created++;
            }
        }
        return created;
    }

    @Transactional
    public OrderView.Page pageForStore(String storeCode, OrderStatus status, String after, int limit) {
        int size = Math.min(Math.max(limit, 1), config.maxPageSize());
        List<TakedownOrder> page = orders.pageForStore(storeCode, status, OrderCursor.decode(after), size + 1);
        boolean more = page.size() > size;
        List<TakedownOrder> shown = more ? page.subList(0, size) : page;
        String next = more ? OrderCursor.of(shown.get(shown.size() - 1)).encode() : null;
        return new OrderView.Page(shown.stream().map(OrderView::of).toList(), next);
    }

    @Transactional
    public OrderView getForStore(UUID id, String storeCode) {
        return OrderView.of(findForStore(id, storeCode));
    }

    @Transactional
    public OrderView confirm(UUID id, String storeCode, ConfirmationRequest evidence) {
        TakedownOrder order = findForStore(id, storeCode);
        if (order.status == OrderStatus.CONFIRMED) {
            throw ProblemException.conflict("Order " + id + " was already confirmed at " + order.confirmedAt);
        }
        if (evidence.removedAt().isBefore(order.orderedAt.minusSeconds(7 * 24 * 3600L))) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("removedAt",
                    "is more than 7 days before the order; report earlier removals as proactive removals")));
        }
        order.status = OrderStatus.CONFIRMED;
        order.confirmedAt = Instant.now(clock);
        order.removedAt = evidence.removedAt();
        order.listingReference = evidence.listingReference();
        order.note = evidence.note();
        outbox.append(new TakedownConfirmed(order.id, order.noticeId, order.itemId, order.chainId, order.packageName,
                order.storeCode, order.removedAt, order.listingReference, order.note, order.confirmedAt));
        return OrderView.of(order);
    }

    @Transactional
    public List<OrderView> ofNotice(UUID noticeId) {
        return orders.ofNotice(noticeId).stream().map(OrderView::of).toList();
    }

    private TakedownOrder findForStore(UUID id, String storeCode) {
        // Another store's order answers exactly like a missing one: a store never learns it exists.
        return orders.findForStore(id, storeCode).orElseThrow(() -> ProblemException.notFound("Order", id));
    }

    private TakedownOrder newOrder(TakedownOrdered event, String storeCode, Instant now) {
        TakedownOrder order = new TakedownOrder();
        order.id = UUID.randomUUID();
        order.noticeId = event.noticeId();
        order.itemId = event.itemId();
        order.chainId = event.chainId();
        order.noticeTitle = event.noticeTitle();
        order.appName = event.app().name();
        order.packageName = event.app().packageName();
        order.appVersion = event.app().version();
        order.operatorName = event.operator().name();
        order.storeCode = storeCode;
        order.status = OrderStatus.PENDING;
        order.orderedAt = event.publishedAt();
        order.deadline = event.publishedAt().plus(config.takedownSla());
        order.receivedAt = now;
        return order;
    }
}
