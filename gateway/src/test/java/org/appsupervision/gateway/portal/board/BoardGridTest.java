package org.appsupervision.gateway.portal.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardGridTest {

    private static final UUID ALIPAY = UUID.randomUUID();
    private static final UUID BIKE = UUID.randomUUID();

    private static JsonObject order(UUID item, String app, String store, String status, boolean overdue, String kind) {
        return new JsonObject().put("id", UUID.randomUUID().toString()).put("itemId", item.toString()).put("appName", app)
                .put("packageName", "com.example." + app).put("storeCode", store).put("status", status)
                .put("overdue", overdue).put("kind", kind).put("deadline", "2026-03-02T08:00:00Z");
    }

    private static BoardGrid grid(List<JsonObject> orders) {
        return new BoardGrid(List.of(new Board.Column("huawei", "华为"), new Board.Column("xiaomi", "小米"),
                new Board.Column("oppo", "OPPO")), orders, s -> "label-" + s, r -> "reason-" + r);
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
}
