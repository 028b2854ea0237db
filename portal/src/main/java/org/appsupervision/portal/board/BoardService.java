package org.appsupervision.portal.board;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.NextLinks;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.Order;
import org.appsupervision.portal.api.appstore.UndeliverableOrder;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.notice.NoticeViews;
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

    private final NoticeApi notices;
    private final AppstoreApi appstore;

    public BoardService(NoticeApi notices, AppstoreApi appstore) {
        this.notices = notices;
        this.appstore = appstore;
    }

    /** A published takedown notice a board exists for. */
    public record NoticeLine(UUID id, String title, Instant publishedAt, int appCount) {
    }

    /** The takedown notices, newest first, and whether notice-service answered. */
    public record Index(List<NoticeLine> notices, List<String> unavailable) {
    }

    public Index index(Viewer viewer, PortalMessages m) {
        Answer<List<NoticeViews.Summary>> answer = WholeLists.<NoticeViews.Summary>of(PortalService.NOTICE,
                this.notices::notices).await().indefinitely();
        List<NoticeLine> notices = answer.or(List.of()).stream()
                .filter(n -> "TAKEDOWN".equals(n.kind()) && "PUBLISHED".equals(n.status()) && !n.imported())
                .map(n -> new NoticeLine(n.id(), n.title(), n.publishedAt(), n.appCount()))
                .sorted(Comparator.comparing(NoticeLine::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new Index(notices, answer.ok() ? List.of() : List.of(unavailableText(answer.reply(), m)));
    }

    public Board load(UUID noticeId, String after, Viewer viewer, PortalMessages m, OpsMessages ops) {
        Uni<Answer<NoticeViews.Detail>> notice = Answer.of(PortalService.NOTICE, notices.notice(noticeId));
        Uni<Answer<List<Store>>> stores = Answer.of(PortalService.APPSTORE, appstore.stores(null));
        Uni<Answer<RestResponse<List<Order>>>> orders = Answer.of(PortalService.APPSTORE,
                appstore.orders(noticeId, ORDERS_PER_PAGE, blankToNull(after)));
        Uni<Answer<List<UndeliverableOrder>>> undeliverable = Answer.of(PortalService.APPSTORE,
                appstore.undeliverableOrders(noticeId, UNDELIVERABLE_SHOWN));
        var replies = Uni.combine().all().unis(notice, stores, orders, undeliverable).asTuple().await().indefinitely();
        Answer<NoticeViews.Detail> noticeAnswer = replies.getItem1();
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
        for (ServiceReply reply : List.of(noticeAnswer.reply(), storeAnswer.reply(), page.reply(), undeliverableAnswer.reply())) {
            if (!reply.ok() && unavailable.stream().noneMatch(unavailableText(reply, m)::equals)) {
                unavailable.add(unavailableText(reply, m));
            }
        }
        String title = noticeAnswer.ok() ? noticeAnswer.value().title() : noticeId.toString();
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

}
