package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo's third-party SDKs in notice-service's registry (友盟+统计, 个推推送, 极光推送, 腾讯Bugly, with generated
 * valid credit codes of their providers, not the real ones), a finding of 豆瓣 that names the analytics SDK by the
 * package where detection saw it, and detection's inventories of the demo apps, so that an app page and an SDK page
 * show embeddings.
 */
final class DemoSdks {

    static final String UMENG_CODE = "91110108MA0DKU0015";
    static final String GETUI_CODE = "91330106MA2DKG002X";
    static final String JPUSH_CODE = "91440300MA5DKJ003G";
    static final String BUGLY_CODE = "91440300MA5DKT004D";

    private DemoSdks() {
    }

    static void seed(GatewayHttp http, String official) {
        sdk(http, official, "umeng-analytics", "友盟+统计SDK", "Umeng+ Analytics SDK", "友盟同欣（北京）科技有限公司（演示数据）",
                UMENG_CODE, "com.umeng", "9.6.3", "9.6.5", "9.7.0");
        sdk(http, official, "getui-push", "个推推送SDK", "Getui Push SDK", "每日互动股份有限公司（演示数据）",
                GETUI_CODE, "com.igexin", "3.2.8.0", "3.3.2.0");
        sdk(http, official, "jpush", "极光推送SDK", "JPush SDK", "深圳市和讯华谷信息技术有限公司（演示数据）",
                JPUSH_CODE, "cn.jpush", "4.8.5", "5.0.0");
        sdk(http, official, "tencent-bugly", "腾讯Bugly SDK", "Tencent Bugly SDK", "深圳市腾讯计算机系统有限公司（演示数据）",
                BUGLY_CODE, "com.tencent.bugly", "4.1.9");
        String batch = ministryDemoBatch(http, official);
        if (batch != null) {
            http.send("POST", "/api/findings", official, finding(http, batch));
        }
        inventory(http, official, DemoDualList.PACKAGE, DemoDualList.VERSION, "umeng-analytics", "9.6.3",
                "tencent-bugly", "4.1.9");
        inventory(http, official, "com.demo.reader", "1.0.0", "umeng-analytics", "9.6.3", "getui-push", "3.2.8.0");
        inventory(http, official, "com.demo.shop", "1.0.0", "umeng-analytics", "9.6.5", "jpush", "4.8.5");
    }

    private static void sdk(GatewayHttp http, String official, String code, String nameZh, String nameEn,
            String provider, String creditCode, String prefix, String... versions) {
        ObjectNode body = http.json().createObjectNode().put("code", code).put("nameZh", nameZh).put("nameEn", nameEn)
                .put("providerName", provider).put("providerCreditCode", creditCode);
        body.putArray("packagePrefixes").add(prefix);
        body.putArray("signatures");
        var list = body.putArray("versions");
        for (String version : versions) {
            list.add(version);
        }
        http.send("POST", "/api/sdks", official, body);
    }

    /** Reports an app version's SDKs (code, version pairs); an app the demo did not register is left out. */
    private static void inventory(GatewayHttp http, String official, String pkg, String appVersion, String... sdks) {
        ObjectNode body = http.json().createObjectNode().put("appVersion", appVersion);
        var list = body.putArray("sdks");
        for (int i = 0; i < sdks.length; i += 2) {
            list.addObject().put("sdk", sdks[i]).put("version", sdks[i + 1]);
        }
        try {
            http.send("PUT", "/api/apps/" + pkg + "/sdks", official, body);
        } catch (RuntimeException e) {
            System.out.println("Demo: no SDK inventory for " + pkg + " (" + e.getMessage() + ")");
        }
    }

    private static String ministryDemoBatch(GatewayHttp http, String official) {
        for (JsonNode batch : GatewayHttp.items(http.send("GET", "/api/batches", official, null))) {
            if ("MINISTRY".equals(batch.path("runBy").asText()) && batch.path("title").asText().endsWith("年演示检测")) {
                return batch.get("id").asText();
            }
        }
        return null;
    }

    private static ObjectNode finding(GatewayHttp http, String batch) {
        ObjectNode finding = http.json().createObjectNode().put("packageName", DemoDualList.PACKAGE)
                .put("appName", "豆瓣").put("version", DemoDualList.VERSION).put("sourceStore", "huawei")
                .put("evidence", "统计SDK在用户同意隐私政策前读取设备标识符（演示数据）")
                .put("detectedAt", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "T10:00:00+08:00")
                .put("operatorName", "北京豆网科技有限公司").put("operatorCreditCode", "91110105N38RG8QLT1")
                .put("sdkPackage", "com.umeng.analytics.pro.DeviceConfig").put("sdkVersion", "9.6.3");
        finding.putArray("problems").add("collect-beyond-scope");
        ObjectNode body = http.json().createObjectNode().put("batchId", batch);
        body.putArray("findings").add(finding);
        return body;
    }
}
