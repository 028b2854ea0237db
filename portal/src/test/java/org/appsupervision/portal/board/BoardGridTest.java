package org.appsupervision.portal.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.api.appstore.Order;
import org.junit.jupiter.api.Test;

class BoardGridTest {

    private static final UUID ALIPAY = UUID.randomUUID();
    private static final UUID BIKE = UUID.randomUUID();

    private static JsonObject order(UUID item, String app, String store, String status, boolean overdue, String kind) {
        return new JsonObject().put("id", UUID.randomUUID().toString()).put("itemId", item.toString()).put("appName", app)
                .put("packageName", "com.example." + app).put("storeCode", store).put("status", status)
                .put("overdue", overdue).put("kind", kind).put("deadline", "2026-03-02T08:00:00Z");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    /** The orders as the typed client reads appstore-service's answer. */
    private static List<Order> read(List<JsonObject> orders) {
        return orders.stream().map(o -> {
            try {
                return JSON.readValue(o.encode(), Order.class);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static BoardGrid grid(List<JsonObject> orders) {
        return new BoardGrid(List.of(new Board.Column("huawei", "华为"), new Board.Column("xiaomi", "小米"),
                new Board.Column("oppo", "OPPO")), read(orders), s -> "label-" + s, r -> "reason-" + r);
    }

    @Test
    void oneRowPerAppOneColumnPerStoreThatHasOrdersInRegistryOrder() {
        BoardGrid grid = grid(List.of(
                order(ALIPAY, "alipay", "xiaomi", "CONFIRMED", false, "TAKEDOWN"),
                order(ALIPAY, "alipay", "huawei", "PENDING", true, "TAKEDOWN"),
                order(BIKE, "bike", "huawei", "ACKNOWLEDGED", false, "TAKEDOWN"),
                order(BIKE, "bike", "newstore", "PENDING", false, "TAKEDOWN")));
        assertEquals(List.of("huawei", "xiaomi", "newstore"), grid.columns().stream().map(Board.Column::code).toList());
        assertEquals(2, grid.rows().size());
        Board.Row alipay = grid.rows().get(0);
        assertEquals("pending", alipay.cells().get(0).state());
        assertTrue(alipay.cells().get(0).overdue());
        assertEquals("cell-pending cell-overdue", alipay.cells().get(0).css());
        assertEquals("label-CONFIRMED", alipay.cells().get(1).label());
        assertTrue(alipay.cells().get(2).empty(), "alipay was not ordered at the new store");
        assertEquals(new Board.Counts(2, 1, 1, 0, 0, 1, 0), grid.counts());
    }

    @Test
    void aReinstatementSharesTheCellOfItsTakedown() {
        BoardGrid grid = grid(List.of(
                order(ALIPAY, "alipay", "huawei", "CONFIRMED", false, "TAKEDOWN"),
                order(ALIPAY, "alipay", "huawei", "PENDING", false, "REINSTATEMENT")));
        Board.Cell cell = grid.rows().get(0).cells().get(0);
        assertEquals("confirmed", cell.state());
        assertEquals("pending", cell.reinstatementState());
        assertEquals("label-PENDING", cell.reinstatementLabel());
        assertEquals(1, grid.counts().reinstatements());
        assertEquals(1, grid.counts().confirmed());
    }

    @Test
    void onlyUndecidedObjectionsAreListedForADecision() {
        JsonObject open = order(ALIPAY, "alipay", "huawei", "OBJECTED", false, "TAKEDOWN")
                .put("objection", new JsonObject().put("reasonCode", "NOT_LISTED").put("reasonText", "从未上架")
                        .put("objectedAt", "2026-03-01T02:00:00Z"));
        JsonObject decided = order(BIKE, "bike", "huawei", "WITHDRAWN", false, "TAKEDOWN")
                .put("objection", new JsonObject().put("reasonCode", "WRONG_APP").put("outcome", "ACCEPTED"));
        BoardGrid grid = grid(List.of(open, decided));
        assertEquals(1, grid.objections().size());
        Board.Objection objection = grid.objections().get(0);
        assertEquals("reason-NOT_LISTED", objection.reasonLabel());
        assertEquals("从未上架", objection.reasonText());
        assertEquals(UUID.fromString(open.getString("id")), objection.orderId());
        assertFalse(grid.rows().get(1).cells().get(0).overdue());
        assertNull(grid.rows().get(1).cells().get(0).reinstatementState());
    }

    private static JsonObject makerOrder(UUID item, String app, String maker, String status, String kind) {
        return order(item, app, maker, status, false, kind).put("channelKind", "HANDSET_MAKER")
                .put("requiredAction", "REMOVE_PREINSTALLATION")
                .put("modelLines", new io.vertx.core.json.JsonArray().add("Magic6").add("X50"));
    }

    @Test
    void aHandsetMakersOrdersAreRowsOfTheirOwnAndNoStoreColumn() {
        BoardGrid grid = new BoardGrid(List.of(new Board.Column("huawei", "华为"), new Board.Column("honor", "荣耀")),
                read(List.of(order(ALIPAY, "alipay", "huawei", "PENDING", false, "TAKEDOWN").put("channelKind", "APP_STORE"),
                        makerOrder(ALIPAY, "alipay", "honor", "CONFIRMED", "TAKEDOWN"),
                        makerOrder(ALIPAY, "alipay", "honor", "PENDING", "REINSTATEMENT"),
                        makerOrder(BIKE, "bike", "honor", "OBJECTED", "TAKEDOWN").put("objection",
                                new JsonObject().put("reasonCode", "NOT_LISTED").put("objectedAt", "2026-03-01T02:00:00Z")))),
                s -> "label-" + s, r -> "reason-" + r);
        assertEquals(List.of("huawei"), grid.columns().stream().map(Board.Column::code).toList());
        assertEquals(1, grid.rows().size(), "bike has no store order, so no store row");
        assertEquals(2, grid.makerRows().size(), "one row per app and maker");
        Board.MakerRow alipay = grid.makerRows().get(0);
        assertEquals("荣耀", alipay.storeName());
        assertEquals(List.of("Magic6", "X50"), alipay.modelLines());
        assertEquals("REMOVE_PREINSTALLATION", alipay.requiredAction());
        assertEquals("confirmed", alipay.cell().state());
        assertEquals("pending", alipay.cell().reinstatementState());
        assertEquals(new Board.Counts(1, 0, 1, 1, 0, 0, 1), grid.counts(), "the makers' orders count on the page");
        assertEquals(1, grid.objections().size(), "a maker's objection waits for a decision like a store's");
    }

    @Test
    void anOrderWithoutAChannelKindIsAnAppStoresAsBeforeTheKinds() {
        BoardGrid grid = grid(List.of(order(ALIPAY, "alipay", "huawei", "PENDING", false, "TAKEDOWN")));
        assertEquals(List.of(), grid.makerRows());
        assertEquals(1, grid.rows().size());
    }
}
