package org.appsupervision.appstore.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.time.Duration;
import org.appsupervision.appstore.preinstallation.PreinstallationRepository;
import org.appsupervision.appstore.servicelevel.ServiceLevelService;
import org.appsupervision.appstore.store.ChannelKind;
import org.appsupervision.appstore.store.StoreRepository;
import org.appsupervision.events.TakedownLifted;
import org.appsupervision.events.TakedownOrdered;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/** Orders from the notices' events (takedowns and reinstatements), and the officials' view and decisions. */
@ApplicationScoped
public class TakedownOrderService {

    private static final Logger LOG = Logger.getLogger(TakedownOrderService.class);

    private static final String NOTICE_ORDERS = "notice-orders";

    private final TakedownOrderRepository orders;
    private final StoreRepository stores;
    private final ServiceLevelService serviceLevel;
    private final UndeliverableOrderRepository undeliverable;
    private final PreinstallationRepository preinstallations;
    private final Clock clock = Clock.systemUTC();

    public TakedownOrderService(TakedownOrderRepository orders, StoreRepository stores,
            ServiceLevelService serviceLevel, UndeliverableOrderRepository undeliverable,
            PreinstallationRepository preinstallations) {
        this.preinstallations = preinstallations;
        this.orders = orders;
        this.stores = stores;
        this.serviceLevel = serviceLevel;
        this.undeliverable = undeliverable;
    }

    /**
     * One order per channel named for each app (app stores or handset makers), or per active app store when none is
     * named, plus one per active handset maker preinstalling the app on any model line; inserted together in the
     * consumer's transaction, the makers of the whole batch found in one query. An existing order is kept, so a
     * replay creates nothing. A named channel that cannot take an order (not registered, or deactivated) costs the
     * others nothing: it is recorded as an undeliverable order with the reason, which officials see on the notice's
     * board. Only an event that lacks what every order needs fails, and is parked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createOrders(List<TakedownOrdered> events) {
        Map<String, StoreRepository.Channel> registry = stores.channelsByCode();
        Set<String> activeStores = new TreeSet<>();
        registry.forEach((code, channel) -> {
            if (channel.active() && channel.kind() == ChannelKind.APP_STORE) {
                activeStores.add(code);
            }
        });
        events.forEach(TakedownOrderService::requireWhole);
        Map<String, Map<String, List<String>>> preinstalled = preinstallations.modelLinesByPackage(
                events.stream().map(event -> event.app().packageName()).collect(Collectors.toSet()));
        Instant now = Instant.now(clock);
        Duration target = serviceLevel.takedownTarget();
        List<TakedownOrder> batch = new ArrayList<>();
        List<UndeliverableOrder> missed = new ArrayList<>();
        for (TakedownOrdered event : events) {
            Map<String, List<String>> makers = preinstalled.getOrDefault(event.app().packageName(), Map.of());
            Set<String> targets = event.storeCodes().isEmpty() ? activeStores : new TreeSet<>(event.storeCodes());
            if (!makers.isEmpty()) {
                targets = new TreeSet<>(targets);
                makers.keySet().stream().filter(code -> registry.containsKey(code) && registry.get(code).active())
                        .forEach(targets::add);
            }
            for (String store : targets) {
                StoreRepository.Channel channel = registry.get(store);
                Boolean isActive = channel == null ? null : channel.active();
                if (Boolean.TRUE.equals(isActive)) {
                    batch.add(takedown(event, store, channel.kind(), makers.get(store), now, target));
                } else {
                    missed.add(undeliverable(event, store, isActive == null ? UndeliverableReason.STORE_NOT_REGISTERED
                            : UndeliverableReason.STORE_DEACTIVATED, now));
                }
            }
        }
        if (undeliverable.recordNew(missed) > 0) {
            LOG.warnf("%d named stores could not take their takedown orders (recorded as undeliverable): %s",
                    missed.size(), missed.stream().map(u -> u.storeCode + " " + u.reason).distinct().toList());
        }
        return orders.insertNew(batch);
    }

    /** An event that lacks what every order needs is broken as a whole: it fails and is parked with the reason. */
    private static void requireWhole(TakedownOrdered event) {
        List<String> missing = new ArrayList<>();
        if (event.noticeId() == null || event.itemId() == null || event.chainId() == null) {
            missing.add("noticeId, itemId and chainId");
        }
        if (event.publishedAt() == null) {
            missing.add("publishedAt");
        }
        if (event.app() == null || event.app().packageName() == null || event.app().name() == null) {
            missing.add("app name and packageName");
        }
        if (event.operator() == null || event.operator().name() == null) {
            missing.add("operator name");
        }
        if (event.storeCodes() == null || event.storeCodes().stream().anyMatch(c -> c == null || c.isBlank())) {
            missing.add("storeCodes (a list of store codes, empty for every store)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("TakedownOrdered lacks " + String.join("; ", missing));
        }
    }

    /**
     * A reinstatement order to every store that confirmed taking the app down and is still active; a store
     * deactivated since is recorded as an undeliverable reinstatement instead. A replay creates nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createReinstatements(TakedownLifted event) {
        Instant now = Instant.now(clock);
        Duration target = serviceLevel.takedownTarget();
        Map<String, Boolean> registry = stores.activityByCode();
        List<TakedownOrder> batch = new ArrayList<>();
        List<UndeliverableOrder> missed = new ArrayList<>();
        for (TakedownOrder takedown : orders.confirmedTakedownsOf(event.itemId())) {
            Boolean isActive = registry.get(takedown.storeCode);
            if (Boolean.TRUE.equals(isActive)) {
                batch.add(reinstatement(takedown, event, now, target));
            } else {
                missed.add(undeliverableReinstatement(takedown, event, isActive == null
                        ? UndeliverableReason.STORE_NOT_REGISTERED : UndeliverableReason.STORE_DEACTIVATED, now));
            }
        }
        if (undeliverable.recordNew(missed) > 0) {
            LOG.warnf("%d stores could not take their reinstatement orders (recorded as undeliverable): %s",
                    missed.size(), missed.stream().map(u -> u.storeCode + " " + u.reason).distinct().toList());
        }
        return orders.insertNew(batch);
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

    private TakedownOrder takedown(TakedownOrdered event, String storeCode, ChannelKind channelKind,
            List<String> modelLines, Instant now, Duration target) {
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
        order.operatorCreditCode = event.operator().creditCode();
        order.storeCode = storeCode;
        order.channelKind = channelKind;
        order.modelLines = channelKind == ChannelKind.HANDSET_MAKER
                ? (modelLines == null ? List.of() : List.copyOf(modelLines)) : null;
        order.kind = OrderKind.TAKEDOWN;
        order.status = OrderStatus.PENDING;
        order.orderedAt = event.publishedAt();
        order.deadline = event.publishedAt().plus(target);
        order.receivedAt = now;
        return order;
    }

    private static UndeliverableOrder undeliverable(TakedownOrdered event, String storeCode,
            UndeliverableReason reason, Instant now) {
        UndeliverableOrder u = new UndeliverableOrder();
        u.id = UUID.randomUUID();
        u.noticeId = event.noticeId();
        u.itemId = event.itemId();
        u.chainId = event.chainId();
        u.noticeTitle = event.noticeTitle() == null ? "" : event.noticeTitle();
        u.appName = event.app().name();
        u.packageName = event.app().packageName();
        u.operatorCreditCode = event.operator().creditCode();
        u.storeCode = storeCode;
        u.reason = reason;
        u.kind = OrderKind.TAKEDOWN;
        u.orderedAt = event.publishedAt();
        u.recordedAt = now;
        return u;
    }

    private static UndeliverableOrder undeliverableReinstatement(TakedownOrder takedown, TakedownLifted event,
            UndeliverableReason reason, Instant now) {
        UndeliverableOrder u = new UndeliverableOrder();
        u.id = UUID.randomUUID();
        u.noticeId = takedown.noticeId;
        u.itemId = takedown.itemId;
        u.chainId = takedown.chainId;
        u.noticeTitle = takedown.noticeTitle == null ? "" : takedown.noticeTitle;
        u.appName = takedown.appName;
        u.packageName = takedown.packageName;
        u.operatorCreditCode = takedown.operatorCreditCode;
        u.storeCode = takedown.storeCode;
        u.reason = reason;
        u.kind = OrderKind.REINSTATEMENT;
        u.orderedAt = event.liftedAt();
        u.recordedAt = now;
        return u;
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
        order.operatorCreditCode = takedown.operatorCreditCode;
        order.storeCode = takedown.storeCode;
        order.channelKind = takedown.channelKind;
        order.modelLines = takedown.modelLines;
        order.kind = OrderKind.REINSTATEMENT;
        order.status = OrderStatus.PENDING;
        order.orderedAt = event.liftedAt();
        order.deadline = event.liftedAt().plus(target);
        order.receivedAt = now;
        return order;
    }
}
