package org.appsupervision.portal.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.appsupervision.portal.api.appstore.UndeliverableOrder;
import org.junit.jupiter.api.Test;

class BoardUndeliverableTest {

    @Test
    void namesEachStoreThatReceivedNoOrderWithItsRegistryNameAndTheReason() {
        List<Board.Undeliverable> shown = BoardService.undeliverable(List.of(
                new UndeliverableOrder("豆瓣", "com.douban.frodo", "meizu", "TAKEDOWN", "STORE_DEACTIVATED"),
                new UndeliverableOrder("豆瓣", "com.douban.frodo", "ghost", "TAKEDOWN", "STORE_NOT_REGISTERED")),
                List.of(new Board.Column("huawei", "华为应用市场"), new Board.Column("meizu", "魅族应用中心")),
                row -> "label-" + row.reason());
        assertEquals(List.of(
                new Board.Undeliverable("豆瓣", "com.douban.frodo", "meizu", "魅族应用中心", "label-STORE_DEACTIVATED"),
                new Board.Undeliverable("豆瓣", "com.douban.frodo", "ghost", "ghost", "label-STORE_NOT_REGISTERED")),
                shown);
    }
}
