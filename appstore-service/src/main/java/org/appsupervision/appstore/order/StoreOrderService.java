package org.appsupervision.appstore.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.appstore.AppstoreConfig;
import org.appsupervision.events.TakedownConfirmed;
import org.appsupervision.events.TakedownObjected;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/** What a store does with its own orders: read, acknowledge, confirm (one or many) and object. */
@ApplicationScoped
public class StoreOrderService {

    private static final long EARLIEST_REMOVAL_DAYS = 7;

    private final TakedownOrderRepository orders;
    private final Outbox outbox;
    private final AppstoreConfig config;
    private final Clock clock = Clock.systemUTC();

    public StoreOrderService(TakedownOrderRepository orders, Outbox outbox, AppstoreConfig config) {
        this.orders = orders;
        this.outbox = outbox;
        this.config = config;
    }

    /** One page of the store's orders in commit order; {@code resumeAfter} is where to poll from next time. */
    @Transactional
    public OrderView.Page page(String storeCode, OrderStatus status, String after, int limit) {
        int size = Math.min(Math.max(limit, 1), config.maxPageSize());
        OrderCursor from = OrderCursor.decode(after);
        TakedownOrderRepository.FeedPage page = orders.pageForStore(storeCode, status, from, size + 1);
        boolean more = page.orders().size() > size;
        List<TakedownOrder> shown = more ? page.orders().subList(0, size) : page.orders();
        String resume = shown.isEmpty() ? (after == null || after.isBlank() ? null : after)
                : page.cursors().get(shown.size() - 1).encode();
        return new OrderView.Page(shown.stream().map(OrderView::of).toList(), more ? resume : null, resume);
    }

    @Transactional
    public OrderView get(UUID id, String storeCode) {
        return OrderView.of(findOwn(id, storeCode));
    }

    /** The store saw the order; acknowledging again changes nothing. */
    @Transactional
    public OrderView acknowledge(UUID id, String storeCode) {
        TakedownOrder order = findOwn(id, storeCode);
        if (order.status == OrderStatus.PENDING) {
            order.status = OrderStatus.ACKNOWLEDGED;
            order.acknowledgedAt = Instant.now(clock);
        } else if (order.status != OrderStatus.ACKNOWLEDGED) {
            throw ProblemException.conflict("Order " + id + " is " + order.status + " and can no longer be acknowledged");
        }
        return OrderView.of(order);
    }

    /**
     * Confirms one order with a single UPDATE that carries the order's checks; only when it changes
     * nothing are the order and the evidence read again to tell which check failed.
     */
    @Transactional
    public OrderView confirm(UUID id, String storeCode, ConfirmationRequest evidence) {
        Instant now = Instant.now(clock);
        TakedownOrder order = orders.confirmOwn(id, storeCode, evidence, now,
                evidence.removedAt().plus(EARLIEST_REMOVAL_DAYS, ChronoUnit.DAYS)).orElseGet(() -> {
                    apply(findOwn(id, storeCode), evidence);
                    throw ProblemException.conflict("Order " + id + " changed while it was being confirmed; retry");
                });
        if (order.kind == OrderKind.TAKEDOWN) {
            outbox.append(confirmedEvent(order));
        }
        return OrderView.of(order);
    }

    /** Confirms each item on its own: one item's problem keeps neither the others nor itself half-written. */
    @Transactional
    public BulkConfirmationRequest.Results confirmMany(String storeCode, BulkConfirmationRequest request) {
        Map<UUID, TakedownOrder> own = orders.findForStore(
                request.items().stream().map(BulkConfirmationRequest.Item::orderId).distinct().toList(), storeCode)
                .stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<BulkConfirmationRequest.Result> results = new ArrayList<>();
        int confirmed = 0;
        for (BulkConfirmationRequest.Item item : request.items()) {
            TakedownOrder order = own.get(item.orderId());
            try {
                if (order == null) {
                    throw ProblemException.notFound("Order", item.orderId());
                }
                results.add(new BulkConfirmationRequest.Result(item.orderId(), 200,
                        OrderView.of(apply(order, item.evidence())), null, null));
                confirmed++;
            } catch (ProblemException e) {
                results.add(new BulkConfirmationRequest.Result(item.orderId(), e.type().status(), null,
                        e.type().uri(), e.getMessage()));
            }
        }
        return new BulkConfirmationRequest.Results(confirmed, results.size() - confirmed, results);
    }

    /** The store objects instead of confirming: the clock stops until the officials decide. */
    @Transactional
    public OrderView object(UUID id, String storeCode, ObjectionRequest objection) {
        TakedownOrder order = findOwn(id, storeCode);
        if (order.kind != OrderKind.TAKEDOWN || !order.status.clockRuns()) {
            throw ProblemException.conflict("Order " + id + " is " + order.status + " and cannot be objected to");
        }
        order.status = OrderStatus.OBJECTED;
        order.objectedAt = Instant.now(clock);
        order.objectionReason = objection.reasonCode();
        order.objectionText = objection.reasonText();
        order.objectionOutcome = null;
        order.objectionDecidedAt = null;
        order.objectionDecidedBy = null;
        order.objectionDecisionNote = null;
        outbox.append(new TakedownObjected(order.id, order.noticeId, order.itemId, order.chainId, order.packageName,
                order.storeCode, order.objectionReason.name(), order.objectionText, order.objectedAt));
        return OrderView.of(order);
    }

    private TakedownOrder apply(TakedownOrder order, ConfirmationRequest evidence) {
        if (order.status == OrderStatus.CONFIRMED || order.status == OrderStatus.WITHDRAWN) {
            throw ProblemException.conflict("Order " + order.id + " is already " + order.status);
        }
        if (evidence.removedAt().isBefore(order.orderedAt.minusSeconds(EARLIEST_REMOVAL_DAYS * 24 * 3600))) {
            throw new ProblemException(ProblemTypes.VALIDATION, "removedAt is too early", List.of(new Problem.FieldError(
                    "removedAt", "is more than 7 days before the order; report earlier removals as proactive removals")));
        }
        order.status = OrderStatus.CONFIRMED;
        order.confirmedAt = Instant.now(clock);
        order.removedAt = evidence.removedAt();
        order.listingReference = evidence.listingReference();
        order.note = evidence.note();
        if (order.kind == OrderKind.TAKEDOWN) {
            outbox.append(confirmedEvent(order));
        }
        return order;
    }

    private static TakedownConfirmed confirmedEvent(TakedownOrder order) {
        return new TakedownConfirmed(order.id, order.noticeId, order.itemId, order.chainId, order.packageName,
                order.storeCode, order.removedAt, order.listingReference, order.note, order.confirmedAt);
    }

    private TakedownOrder findOwn(UUID id, String storeCode) {
        // Another store's order answers exactly like a missing one: a store never learns it exists.
        return orders.findForStore(id, storeCode).orElseThrow(() -> ProblemException.notFound("Order", id));
    }
}
