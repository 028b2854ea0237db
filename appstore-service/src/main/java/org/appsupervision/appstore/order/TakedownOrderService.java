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
import java.time.Duration;
import org.appsupervision.appstore.servicelevel.ServiceLevelService;
import org.appsupervision.appstore.store.StoreRepository;
import org.appsupervision.events.TakedownLifted;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/** Orders from the notices' events (takedowns and reinstatements), and the officials' view and decisions. */
@ApplicationScoped
public class TakedownOrderService {

    private static final String NOTICE_ORDERS = "notice-orders";

    private final TakedownOrderRepository orders;
    private final StoreRepository stores;
    private final ServiceLevelService serviceLevel;
    private final Clock clock = Clock.systemUTC();

    public TakedownOrderService(TakedownOrderRepository orders, StoreRepository stores,
            ServiceLevelService serviceLevel) {
        this.orders = orders;
        this.stores = stores;
        this.serviceLevel = serviceLevel;
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
        Duration target = serviceLevel.takedownTarget();
        List<TakedownOrder> batch = new ArrayList<>();
        for (TakedownOrdered event : events) {
            Set<String> targets = event.storeCodes().isEmpty() ? registered : new TreeSet<>(event.storeCodes());
            Set<String> unknown = new TreeSet<>(targets);
            unknown.removeAll(registered);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Notice names stores that are not registered or deactivated: "
                        + unknown);
            }
            targets.forEach(store -> batch.add(takedown(event, store, now, target)));
        }
        return orders.insertNew(batch);
    }

    /** A reinstatement order to every store that confirmed taking the app down; a replay creates nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createReinstatements(TakedownLifted event) {
        Instant now = Instant.now(clock);
        Duration target = serviceLevel.takedownTarget();
        return orders.insertNew(orders.confirmedTakedownsOf(event.itemId()).stream()
                .map(takedown -> reinstatement(takedown, event, now, target)).toList());
    }

    /** One page of a notice's orders, by app name and id, and the cursor of the next page (null on the last). */
    @Transactional
    public org.appsupervision.platform.paging.Page<OrderView> ofNotice(UUID noticeId, PageRequest page) {
        return org.appsupervision.platform.paging.Page.of(
                orders.ofNotice(noticeId, page.after(NOTICE_ORDERS), page.limit() + 1), page.limit(),
                order -> Cursor.encode(NOTICE_ORDERS, order.appName, order.id), OrderView::of);
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
            order.deadline = now.plus(serviceLevel.takedownTarget());
        }
        return OrderView.of(order);
    }

    private TakedownOrder takedown(TakedownOrdered event, String storeCode, Instant now, Duration target) {
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
        order.deadline = event.publishedAt().plus(target);
        order.receivedAt = now;
        return order;
    }

    private TakedownOrder reinstatement(TakedownOrder takedown, TakedownLifted event, Instant now,
            Duration target) {
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
        order.deadline = event.liftedAt().plus(target);
        order.receivedAt = now;
        return order;
    }
}
