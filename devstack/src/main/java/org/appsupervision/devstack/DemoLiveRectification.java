package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * The live part of the demo round that numbers a notice: today the ministry and 广东's bureau each record a detection
 * batch with a finding, an official drafts a rectification notice from both findings, and an approver publishes it, so
 * that it continues the imported series (总第21批 after 总第20批) with one annex per authority and a deadline a week on.
 */
final class DemoLiveRectification {

    private DemoLiveRectification() {
    }

    /** Returns the published notice. */
    static JsonNode publish(GatewayHttp http, String official, String approver) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ArrayNode findingIds = http.json().createArrayNode();
        finding(http, official, batch(http, official, "MINISTRY", null, "工业和信息化部" + today.getYear() + "年演示检测", today),
                "com.demo.reader", "演示阅读（演示数据）", "北京演示阅读科技有限公司（示例）",
                SyntheticApps.creditCode("110108", new Random(2021)),
                "collect-beyond-scope", findingIds);
        finding(http, official, batch(http, official, "BUREAU", "44", "广东省" + today.getYear() + "年演示检测", today),
                "com.demo.shop", "演示商城（演示数据）", "深圳演示商城科技有限公司（示例）",
                SyntheticApps.creditCode("440300", new Random(1209)),
                "excessive-permissions", findingIds);
        ObjectNode draft = http.json().createObjectNode().put("kind", "RECTIFICATION")
                .put("title", "关于侵害用户权益行为的APP通报（演示数据）").put("rectificationDays", 7);
        draft.set("findingIds", findingIds);
        String id = http.send("POST", "/api/notices/from-findings", official, draft).get("id").asText();
        http.send("POST", "/api/notices/" + id + "/approval", approver, null);
        return http.send("POST", "/api/notices/" + id + "/publication", approver, null);
    }

    private static String batch(GatewayHttp http, String official, String runBy, String province, String title,
            LocalDate today) {
        ObjectNode batch = http.json().createObjectNode().put("title", title).put("runBy", runBy)
                .put("runFrom", today.minusDays(14).toString()).put("runTo", today.minusDays(1).toString())
                .put("appsTested", 1200);
        if (province != null) {
            batch.put("provinceCode", province);
        }
        return http.send("POST", "/api/batches", official, batch).get("id").asText();
    }

    private static void finding(GatewayHttp http, String official, String batch, String pkg, String name,
            String operator, String creditCode, String problem, ArrayNode findingIds) {
        ObjectNode finding = http.json().createObjectNode().put("packageName", pkg).put("appName", name)
                .put("version", "1.0.0").put("sourceStore", "huawei").put("evidence", "首次启动即读取通讯录（演示数据）")
                .put("detectedAt", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2) + "T10:00:00+08:00")
                .put("operatorName", operator).put("operatorCreditCode", creditCode);
        finding.putArray("problems").add(problem);
        ObjectNode body = http.json().createObjectNode().put("batchId", batch);
        body.putArray("findings").add(finding);
        http.send("POST", "/api/findings", official, body);
        for (JsonNode found : GatewayHttp.items(http.send("GET", "/api/findings?batchId=" + batch, official, null))) {
            findingIds.add(found.get("id").asLong());
        }
    }
}
