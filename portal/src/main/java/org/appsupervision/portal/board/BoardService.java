package org.appsupervision.portal.board;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.NextLinks;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.Order;
import org.appsupervision.portal.api.appstore.UndeliverableOrder;
import org.appsupervision.portal.api.appstore.Store;
import org.appsupervision.portal.ops.OpsMessages;
import org.appsupervision.platform.paging.PageRequest;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Builds the takedown boards from notice-service (the notices; an imported historical notice gave no orders and has
 * no board) and appstore-service (the stores and a
 * page of a notice's orders), and passes the officials' decisions on objections to appstore-service.
 */
@ApplicationScoped
public class BoardService {

    /**
     * Orders per board page: the most one page of a list may hold (platform {@code PageRequest.MAX_LIMIT}; the
     * service refuses more), about 33 apps across 30 stores, so a notice of thousands of apps pages on.
     */
    static final int ORDERS_PER_PAGE = PageRequest.MAX_LIMIT;
    /** Undeliverable orders shown on a board: a notice naming a retired store for every app lists them all up to this. */
    static final int UNDELIVERABLE_SHOWN = PageRequest.MAX_LIMIT;

    private final ServiceClient services;
    private final AppstoreApi appstore;

    public BoardService(ServiceClient services, AppstoreApi appstore) {
        this.services = services;
        this.appstore = appstore;
    }

    /** A published takedown notice a board exists for. */
    public record NoticeLine(UUID id, String title, Instant publishedAt, int appCount) {
    }

    /** The takedown notices, newest first, and whether notice-service answered. */
    public record Index(List<NoticeLine> notices, List<String> unavailable) {
    }

    public Index index(Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.getAll(PortalService.NOTICE, "/api/notices", viewer));
        List<NoticeLine> notices = objects(reply.array()).stream()
                .filter(n -> "TAKEDOWN".equals(n.getString("kind")) && "PUBLISHED".equals(n.getString("status"))
                        && !n.getBoolean("imported", false))
                .map(n -> new NoticeLine(UUID.fromString(n.getString("id")), n.getString("title"),
                        n.getString("publishedAt") == null ? null : Instant.parse(n.getString("publishedAt")),
                        n.getInteger("appCount", 0)))
                .sorted(Comparator.comparing(NoticeLine::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new Index(notices, reply.ok() ? List.of() : List.of(unavailableText(reply, m)));
    }

    public Board load(UUID noticeId, String after, Viewer viewer, PortalMessages m, OpsMessages ops) {
        Uni<ServiceReply> notice = services.get(PortalService.NOTICE, "/api/notices/" + noticeId, viewer);
        Uni<Answer<List<Store>>> stores = Answer.of(PortalService.APPSTORE, appstore.stores(null));
        Uni<Answer<RestResponse<List<Order>>>> orders = Answer.of(PortalService.APPSTORE,
                appstore.orders(noticeId, ORDERS_PER_PAGE, blankToNull(after)));
        Uni<Answer<List<UndeliverableOrder>>> undeliverable = Answer.of(PortalService.APPSTORE,
                appstore.undeliverableOrders(noticeId, UNDELIVERABLE_SHOWN));
        var replies = Uni.combine().all().unis(notice, stores, orders, undeliverable).asTuple().await().indefinitely();
        ServiceReply noticeReply = replies.getItem1();
        Answer<List<Store>> storeAnswer = replies.getItem2();
        Answer<RestResponse<List<Order>>> page = replies.getItem3();
        Answer<List<UndeliverableOrder>> undeliverableAnswer = replies.getItem4();
        String nextLink = page.ok() ? NextLinks.target(page.value().getHeaderString("Link")) : null;

        List<Board.Column> registry = storeAnswer.or(List.of()).stream()
                .map(s -> new Board.Column(s.code(), s.nameZh() != null ? s.nameZh() : s.code()))
                .toList();
        BoardGrid grid = new BoardGrid(registry, page.ok() ? page.value().getEntity() : List.of(),
                s -> stateLabel(s, ops), r -> reasonLabel(r, ops));
        List<String> unavailable = new ArrayList<>();
        for (ServiceReply reply : List.of(noticeReply, storeAnswer.reply(), page.reply(), undeliverableAnswer.reply())) {
            if (!reply.ok() && unavailable.stream().noneMatch(unavailableText(reply, m)::equals)) {
                unavailable.add(unavailableText(reply, m));
            }
        }
        String title = noticeReply.object().getString("title", noticeId.toString());
        return new Board(noticeId, title, grid.columns(), grid.rows(), grid.makerRows(), grid.objections(),
                undeliverable(undeliverableAnswer.or(List.of()), registry, r -> undeliverableLabel(r, ops)), grid.counts(),
                blankToNull(after), nextLink == null ? null : NextLinks.after(nextLink), unavailable);
    }

    /** Passes an accept or reject to appstore-service; the reply carries its problem when it refuses. */
    public ServiceReply decide(UUID orderId, String outcome, String note, Viewer viewer) {
        JsonObject body = new JsonObject().put("outcome", outcome).put("note", blankToNull(note));
        return Answer.of(PortalService.APPSTORE, appstore.decideObjection(orderId, body.encode())).await().indefinitely()
                .reply();
    }

    static String stateLabel(String status, OpsMessages ops) {
        return switch (status) {
            case "PENDING" -> ops.order_pending();
            case "ACKNOWLEDGED" -> ops.order_acknowledged();
            case "CONFIRMED" -> ops.order_confirmed();
            case "OBJECTED" -> ops.order_objected();
            case "WITHDRAWN" -> ops.order_withdrawn();
            default -> status;
        };
    }

    /** The stores a notice named that received no order, with the store's name where the registry has it. */
    static List<Board.Undeliverable> undeliverable(List<UndeliverableOrder> rows, List<Board.Column> registry,
            java.util.function.Function<UndeliverableOrder, String> label) {
        return rows.stream().map(u -> {
            String store = u.storeCode();
            String name = registry.stream().filter(c -> c.code().equals(store)).map(Board.Column::name).findFirst()
                    .orElse(store);
            return new Board.Undeliverable(u.appName(), u.packageName(), store, name,
                    label.apply(u));
        }).toList();
    }

    /** Why the store received no order and, for a reinstatement (after a lifting), which order it missed. */
    static String undeliverableLabel(UndeliverableOrder row, OpsMessages ops) {
        String reason = "STORE_DEACTIVATED".equals(row.reason()) ? ops.undeliverable_deactivated()
                : ops.undeliverable_not_registered();
        return "REINSTATEMENT".equals(row.kind()) ? reason + " · " + ops.order_reinstatement() : reason;
    }

    static String reasonLabel(String code, OpsMessages ops) {
        return switch (code == null ? "" : code) {
            case "NOT_LISTED" -> ops.reason_not_listed();
            case "WRONG_APP" -> ops.reason_wrong_app();
            case "ALREADY_REMOVED" -> ops.reason_already_removed();
            default -> ops.reason_other();
        };
    }

    private static String unavailableText(ServiceReply reply, PortalMessages m) {
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
