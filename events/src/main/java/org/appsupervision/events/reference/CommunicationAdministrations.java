package org.appsupervision.events.reference;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The communication administrations (通信管理局) that act on the chain's facts, keyed by GB/T 2260
 * province code: the 31 provincial bureaus of the mainland and the ministry's own bureau ({@value #MINISTRY}),
 * which acts where a province has none (香港 81, 澳门 82, 台湾 71). The one list appstore-service checks
 * store registrations against and penalty-service's bureau table must match.
 */
public final class CommunicationAdministrations {

    /** The ministry's bureau (工业和信息化部信息通信管理局), the authority of last resort. */
    public static final String MINISTRY = "00";

    private static final Map<String, String> PROVINCIAL = new TreeMap<>(Map.ofEntries(
            Map.entry("11", "北京市通信管理局"), Map.entry("12", "天津市通信管理局"), Map.entry("13", "河北省通信管理局"),
            Map.entry("14", "山西省通信管理局"), Map.entry("15", "内蒙古自治区通信管理局"), Map.entry("21", "辽宁省通信管理局"),
            Map.entry("22", "吉林省通信管理局"), Map.entry("23", "黑龙江省通信管理局"), Map.entry("31", "上海市通信管理局"),
            Map.entry("32", "江苏省通信管理局"), Map.entry("33", "浙江省通信管理局"), Map.entry("34", "安徽省通信管理局"),
            Map.entry("35", "福建省通信管理局"), Map.entry("36", "江西省通信管理局"), Map.entry("37", "山东省通信管理局"),
            Map.entry("41", "河南省通信管理局"), Map.entry("42", "湖北省通信管理局"), Map.entry("43", "湖南省通信管理局"),
            Map.entry("44", "广东省通信管理局"), Map.entry("45", "广西壮族自治区通信管理局"), Map.entry("46", "海南省通信管理局"),
            Map.entry("50", "重庆市通信管理局"), Map.entry("51", "四川省通信管理局"), Map.entry("52", "贵州省通信管理局"),
            Map.entry("53", "云南省通信管理局"), Map.entry("54", "西藏自治区通信管理局"), Map.entry("61", "陕西省通信管理局"),
            Map.entry("62", "甘肃省通信管理局"), Map.entry("63", "青海省通信管理局"), Map.entry("64", "宁夏回族自治区通信管理局"),
            Map.entry("65", "新疆维吾尔自治区通信管理局")));

    private CommunicationAdministrations() {
    }

    /** The provincial bureaus by province code, in code order. */
    public static Map<String, String> provincial() {
        return java.util.Collections.unmodifiableMap(PROVINCIAL);
    }

    /** Whether the province has a communication administration of its own. */
    public static boolean hasBureau(String provinceCode) {
        return provinceCode != null && PROVINCIAL.containsKey(provinceCode);
    }

    /** The bureau of the province, or empty for a region without one. */
    public static Optional<String> bureauOf(String provinceCode) {
        return Optional.ofNullable(provinceCode == null ? null : PROVINCIAL.get(provinceCode));
    }
}
