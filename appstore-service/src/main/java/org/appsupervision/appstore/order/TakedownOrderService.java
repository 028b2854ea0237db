package org.appsupervision.appstore.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.appsupervision.appstore.AppstoreConfig;
import org.appsupervision.appstore.store.StoreRepository;
import org.appsupervision.events.TakedownLifted;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.problem.ProblemException;

/** Orders from the notices' events (takedowns and reinstatements), and the officials' view and decisions. */
@ApplicationScoped
public class TakedownOrderService {

    private final TakedownOrderRepository orders;
    private final StoreRepository stores;
    private final AppstoreConfig config;
    private final Clock clock = Clock.systemUTC();

    public TakedownOrderService(TakedownOrderRepository orders, StoreRepository stores, AppstoreConfig config) {
        this.orders = orders;
        this.stores = stores;
        this.config = config;
    }

    /**
     * One order per store named for each app, or per registered store when none is named, inserted
     * together in the consumer's transaction; an existing order is kept, so a replay creates nothing.
     * A notice naming an unregistered or deactivated store fails the whole call.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createOrders(List<TakedownOrdered> events) {
        Set<String> registered = stores.activeCodes();
        Instant now = Instant.now(clock);
        List<TakedownOrder> batch = new ArrayList<>();
        for (TakedownOrdered event : events) {
            Set<String> targets = event.storeCodes().isEmpty() ? registered : new TreeSet<>(event.storeCodes());
            Set<String> unknown = new TreeSet<>(targets);
            unknown.removeAll(registered);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Notice names stores that are not registered or deactivated: "
                        + unknown);
            }
            targets.forEach(store -> batch.add(takedown(event, store, now)));
        }
        return orders.insertNew(batch);
    }

    /** A reinstatement order to every store that confirmed taking the app down; a replay creates nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createReinstatements(TakedownLifted event) {
        Instant now = Instant.now(clock);
        return orders.insertNew(orders.confirmedTakedownsOf(event.itemId()).stream()
                .map(takedown -> reinstatement(takedown, event, now)).toList());
    }

    /** One page of a notice's orders and the cursor of the next page (null on the last). */
    @Transactional
    public OrderView.Page ofNotice(UUID noticeId, String after, int limit) {
        List<TakedownOrder> page = orders.ofNotice(noticeId, NoticeOrderCursor.decode(after), limit + 1);
        boolean more = page.size() > limit;
        List<TakedownOrder> shown = more ? page.subList(0, limit) : page;
        String next = more ? NoticeOrderCursor.of(shown.get(shown.size() - 1)).encode() : null;
        return new OrderView.Page(shown.stream().map(OrderView::of).toList(), next);
    }

    /**
     * An official answers an objection: accepting withdraws the order (its clock stays stopped),
     * rejecting sends it back to the store with a fresh clock from now.
     */
    @Transactional
    public OrderView decideObjection(UUID id, ObjectionDecisionRequest decision, String official) {
        TakedownOrder order = orders.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Order", id));
        if (order.status != OrderStatus.OBJECTED) {
            throw ProblemException.conflict("Order " + id + " has no open objection (it is " + order.status + ")");
        }
        Instant now = Instant.now(clock);
        order.objectionOutcome = decision.outcome();
        order.objectionDecidedAt = now;
        order.objectionDecidedBy = official;
        order.objectionDecisionNote = decision.note();
        if (decision.outcome() == ObjectionOutcome.ACCEPTED) {
            order.status = OrderStatus.WITHDRAWN;
        } else {
            order.status = OrderStatus.PENDING;
            order.deadline = now.plus(config.takedownSla());
        }
        return OrderView.of(order);
    }

    private TakedownOrder takedown(TakedownOrdered event, String storeCode, Instant now) {
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
        order.kind = OrderKind.TAKEDOWN;
        order.status = OrderStatus.PENDING;
        order.orderedAt = event.publishedAt();
        order.deadline = event.publishedAt().plus(config.takedownSla());
        order.receivedAt = now;
        return order;
    }

    private TakedownOrder reinstatement(TakedownOrder takedown, TakedownLifted event, Instant now) {
        TakedownOrder order = new TakedownOrder();
        order.id = UUID.randomUUID();
        order.noticeId = takedown.noticeId;
        order.itemId = takedown.itemId;
        order.chainId = takedown.chainId;
        order.noticeTitle = takedown.noticeTitle;
        order.appName = takedown.appName;
        order.packageName = takedown.packageName;
        order.appVersion = takedown.appVersion;
        order.operatorName = takedown.operatorName;
        order.storeCode = takedown.storeCode;
        order.kind = OrderKind.REINSTATEMENT;
        order.status = OrderStatus.PENDING;
        order.orderedAt = event.liftedAt();
        order.deadline = event.liftedAt().plus(config.takedownSla());
        order.receivedAt = now;
        return order;
    }
}
