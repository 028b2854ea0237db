package org.appsupervision.portal.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardUndeliverableTest {

    @Test
    void namesEachStoreThatReceivedNoOrderWithItsRegistryNameAndTheReason() {
        List<Board.Undeliverable> shown = BoardService.undeliverable(List.of(
                new JsonObject().put("appName", "豆瓣").put("packageName", "com.douban.frodo").put("storeCode", "meizu")
                        .put("reason", "STORE_DEACTIVATED"),
                new JsonObject().put("appName", "豆瓣").put("packageName", "com.douban.frodo").put("storeCode", "ghost")
                        .put("reason", "STORE_NOT_REGISTERED")),
                List.of(new Board.Column("huawei", "华为应用市场"), new Board.Column("meizu", "魅族应用中心")),
                row -> "label-" + row.getString("reason"));
        assertEquals(List.of(
                new Board.Undeliverable("豆瓣", "com.douban.frodo", "meizu", "魅族应用中心", "label-STORE_DEACTIVATED"),
                new Board.Undeliverable("豆瓣", "com.douban.frodo", "ghost", "ghost", "label-STORE_NOT_REGISTERED")),
                shown);
    }
}
