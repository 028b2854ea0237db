package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo's testing agencies in notice-service's registry: 中国信息通信研究院（演示）, whose staff account is
 * {@code caict.tester}, serving every province, and a second agency serving the east, so that round-robin shows.
 */
final class DemoAgencies {

    /** The demo agency of the account {@code caict.tester}: a valid generated code, not the institute's real one. */
    static final String CAICT_CODE = AccessMatrix.AGENCY_P_CODE;
    static final String EAST_CODE = AccessMatrix.AGENCY_Q_CODE;

    private DemoAgencies() {
    }

    static void register(GatewayHttp http, String official) {
        agency(http, official, "中国信息通信研究院（演示）", CAICT_CODE);
        agency(http, official, "上海演示检测技术有限公司（演示数据）", EAST_CODE, "31", "32", "33");
    }

    private static void agency(GatewayHttp http, String official, String name, String code, String... provinces) {
        ObjectNode body = http.json().createObjectNode().put("name", name).put("creditCode", code);
        var served = body.putArray("provinces");
        for (String province : provinces) {
            served.add(province);
        }
        http.send("POST", "/api/agencies", official, body);
    }
}
