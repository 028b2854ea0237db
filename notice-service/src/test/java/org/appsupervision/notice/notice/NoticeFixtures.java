package org.appsupervision.notice.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Request bodies for drafting notices in tests. */
final class NoticeFixtures {

    static final String DOUBAN_OPERATOR_CODE = "91110108551385082Q";

    private NoticeFixtures() {
    }

    static Map<String, Object> app(String name, String packageName, String creditCode, List<String> problems,
            List<String> stores) {
        return Map.of(
                "name", name,
                "packageName", packageName,
                "version", "7.1.0",
                "operator", Map.of("name", name + "运营公司", "creditCode", creditCode),
                "problems", problems,
                "stores", stores,
                "refusedRectification", true);
    }

    static Map<String, Object> douban() {
        return app("豆瓣", "com.douban.frodo", DOUBAN_OPERATOR_CODE, List.of("collect-beyond-scope"),
                List.of("huawei", "xiaomi"));
    }

    static Map<String, Object> takedown(List<Map<String, Object>> apps) {
        return Map.of("kind", "TAKEDOWN", "title", "关于下架侵害用户权益APP名单的通报", "apps", new ArrayList<>(apps));
    }
}
