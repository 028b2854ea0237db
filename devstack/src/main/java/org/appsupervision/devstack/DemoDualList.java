package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dual lists (双清单) of the demo: 豆瓣's operator (北京豆网科技有限公司, account {@code douban.operator}) publishes
 * the dual list of 豆瓣 7.18.0, and the ministry's demo detection records a finding of that version observing three
 * data flows, one of which (reading the contacts) the list does not declare, so the portal shows an undisclosed row.
 */
final class DemoDualList {

    static final String PACKAGE = "com.douban.frodo";
    static final String VERSION = "7.18.0";
    static final String OPERATOR_ACCOUNT = "douban.operator";

    private DemoDualList() {
    }

    /** After the live rectification notice: the finding joins the ministry's demo batch, then the list is filed. */
    static void seed(GatewayHttp http, String official, String password) {
        String batch = ministryDemoBatch(http, official);
        if (batch != null) {
            http.send("POST", "/api/findings", official, finding(http, batch));
        }
        String operator;
        try {
            operator = http.login(OPERATOR_ACCOUNT, password);
        } catch (RuntimeException e) {
            System.out.println("Demo: no account " + OPERATOR_ACCOUNT + " to file 豆瓣's dual list (" + e.getMessage() + ")");
            return;
        }
        JsonNode draft = http.send("PUT", "/api/enterprise/dual-lists/drafts", operator, dualList(http));
        http.send("POST", "/api/enterprise/dual-lists/" + draft.get("id").asText() + "/publication", operator, null);
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
        ObjectNode finding = http.json().createObjectNode().put("packageName", PACKAGE).put("appName", "豆瓣")
                .put("version", VERSION).put("sourceStore", "huawei")
                .put("evidence", "首次启动即读取通讯录，设备标识符经广告SDK发送至腾讯广告（演示数据）")
                .put("detectedAt", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2) + "T11:00:00+08:00")
                .put("operatorName", "北京豆网科技有限公司").put("operatorCreditCode", "91110105N38RG8QLT1");
        finding.putArray("problems").add("collect-beyond-scope");
        ArrayNode flows = finding.putArray("observedFlows");
        flows.addObject().put("activity", "COLLECTED").put("kind", "location");
        flows.addObject().put("activity", "COLLECTED").put("kind", "contacts");
        flows.addObject().put("activity", "SHARED").put("kind", "device-id").put("recipient", "腾讯广告");
        ObjectNode body = http.json().createObjectNode().put("batchId", batch);
        body.putArray("findings").add(finding);
        return body;
    }

    private static ObjectNode dualList(GatewayHttp http) {
        ObjectNode list = http.json().createObjectNode().put("packageName", PACKAGE).put("appVersion", VERSION);
        ArrayNode collected = list.putArray("collected");
        collected.addObject().put("kind", "device-id").put("purpose", "账号安全与反作弊").put("scenario", "启动应用时");
        collected.addObject().put("kind", "location").put("purpose", "推荐同城活动").put("scenario", "用户打开同城页面时");
        collected.addObject().put("kind", "photos-storage").put("purpose", "发布图片动态").put("scenario", "用户选择图片时");
        list.putArray("shared").addObject().put("recipient", "腾讯广告").put("kind", "device-id")
                .put("purpose", "广告投放与效果归因").put("scenario", "展示广告时").put("method", "SDK");
        return list;
    }
}
