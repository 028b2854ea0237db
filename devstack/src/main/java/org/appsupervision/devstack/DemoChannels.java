package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo's handset makers (channels of kind HANDSET_MAKER): 荣耀 and 小米手机, registered by the admin, each reporting
 * its preinstalled apps per model line through the store API. 荣耀 preinstalls 看看新闻 on its 数字系列, which the live
 * takedown notice orders down, so the demo shows an order to a handset maker. Credit codes are generated valid ones,
 * not the companies' real codes.
 */
final class DemoChannels {

    /** The makers' codes, which are also their store clients' codes. */
    static final List<String> MAKERS = List.of("honor", "xiaomi-phone");

    private DemoChannels() {
    }

    /** Registers the makers and their preinstallations; {@code tokenOf} gives a channel's store-API token. */
    static void register(GatewayHttp http, String admin, UnaryOperator<String> tokenOf) {
        maker(http, admin, "honor", "荣耀", "Honor", "荣耀终端股份有限公司", "91440300MA5HXNR01W", "44");
        maker(http, admin, "xiaomi-phone", "小米手机", "Xiaomi phones", "小米通讯技术有限公司", "91110108MA01XMP02X", "11");
        String honor = tokenOf.apply("honor");
        preinstall(http, honor, "荣耀 Magic 系列", Map.of("com.hihonor.appmarket", "荣耀应用市场",
                "com.hihonor.health", "荣耀运动健康", "com.sina.weibo", "微博"));
        preinstall(http, honor, "荣耀 数字系列", Map.of("com.hihonor.appmarket", "荣耀应用市场",
                "com.kankanews.knews", "看看新闻", "com.ss.android.article.news", "今日头条"));
        String xiaomi = tokenOf.apply("xiaomi-phone");
        preinstall(http, xiaomi, "小米 数字系列", Map.of("com.xiaomi.market", "小米应用商店",
                "com.miui.video", "小米视频", "com.taobao.taobao", "淘宝"));
        preinstall(http, xiaomi, "Redmi K 系列", Map.of("com.xiaomi.market", "小米应用商店",
                "com.duokan.reader", "多看阅读"));
    }

    private static void maker(GatewayHttp http, String admin, String code, String nameZh, String nameEn,
            String company, String creditCode, String province) {
        ObjectNode body = http.json().createObjectNode().put("code", code).put("nameZh", nameZh)
                .put("nameEn", nameEn).put("company", company).put("companyCreditCode", creditCode)
                .put("provinceCode", province).put("kind", "HANDSET_MAKER");
        http.send("POST", "/api/stores", admin, body);
    }

    private static void preinstall(GatewayHttp http, String maker, String modelLine, Map<String, String> apps) {
        ObjectNode body = http.json().createObjectNode();
        ArrayNode list = body.putArray("apps");
        apps.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(app ->
                list.addObject().put("packageName", app.getKey()).put("appName", app.getValue()));
        http.send("PUT", "/api/store/preinstallations/"
                + URLEncoder.encode(modelLine, StandardCharsets.UTF_8).replace("+", "%20"), maker, body);
    }
}
