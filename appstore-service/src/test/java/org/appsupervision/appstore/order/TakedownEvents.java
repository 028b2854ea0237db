package org.appsupervision.appstore.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** TakedownOrdered payloads as notice-service publishes them, for tests. */
final class TakedownEvents {

    private TakedownEvents() {
    }

    record Ordered(UUID noticeId, UUID itemId, UUID chainId, String json) {
    }

    static Ordered ordered(String packageName, Instant publishedAt, List<String> stores) {
        UUID noticeId = UUID.randomUUID();
        UUID itemId = UUID.randomUUID();
        UUID chainId = UUID.randomUUID();
        String storeList = stores.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        String json = """
                {"noticeId":"%s","noticeTitle":"关于下架侵害用户权益APP名单的通报","itemId":"%s","chainId":"%s",
                 "publishedAt":"%s","app":{"name":"豆瓣","packageName":"%s","version":"7.1.0"},
                 "operator":{"name":"北京豆网科技有限公司","creditCode":"91110108551385082Q","provinceCode":"11"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":[%s],"refusedRectification":true}"""
                .formatted(noticeId, itemId, chainId, publishedAt, packageName, storeList);
        return new Ordered(noticeId, itemId, chainId, json);
    }

    static String lifted(Ordered ordered, String packageName, Instant liftedAt) {
        return """
                {"noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"%s","appName":"豆瓣",
                 "reason":"复检合格","liftedBy":"wang.official","liftedAt":"%s"}"""
                .formatted(ordered.noticeId(), ordered.itemId(), ordered.chainId(), packageName, liftedAt);
    }
}
