package org.appsupervision.portal.opendata;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public open-data pages, Chinese by default; the English texts are in
 * {@code messages/od_en.properties}. Templates use them as {@code od:key}.
 */
@MessageBundle(value = "od", locale = "zh")
public interface OpenDataMessages {

    @Message("开放数据")
    String nav_open_data();

    @Message("开放数据")
    String title();

    @Message("每天凌晨，系统把前一天公开的内容写成数据文件：已发布的通报及其应用、各应用商店的下架结果、公开的行政处罚决定和统计数字，每个数据集都有 CSV（UTF-8，含表头）和 JSON Lines 两种格式。每天的清单列出文件的 SHA-256 校验值、大小和行数；已写出的文件不再改变。")
    String intro();

    @Message("许可：{licence}")
    String licence(String licence);

    @Message("统计图表")
    String statistics_link();

    @Message("{service}")
    String service_heading(String service);

    @Message("暂时无法读取该服务的数据，请稍后再试。")
    String unavailable();

    @Message("还没有数据文件。")
    String none();

    @Message("{date}（生成于 {generatedAt}）")
    String day_caption(String date, String generatedAt);

    @Message("文件")
    String col_file();

    @Message("数据集")
    String col_dataset();

    @Message("大小（字节）")
    String col_bytes();

    @Message("行数")
    String col_rows();

    @Message("SHA-256")
    String col_sha256();

    @Message("更早的清单")
    String older();

    @Message("统计图表")
    String statistics_title();

    @Message("{from} 至 {to} 的数字，与每日统计数据文件相同。")
    String statistics_intro(String from, String to);

    @Message("每日发布的通报")
    String chart_notices();

    @Message("每日下架确认")
    String chart_takedowns();

    @Message("各类问题涉及的应用")
    String chart_problems();

    @Message("各应用商店的表现")
    String chart_stores();

    @Message("日期")
    String col_day();

    @Message("数量")
    String col_count();

    @Message("问题")
    String col_problem();

    @Message("应用商店")
    String col_store();

    @Message("确认下架")
    String col_confirmed();

    @Message("按期确认")
    String col_in_time();

    @Message("逾期")
    String col_overdue();

    @Message("异议")
    String col_objected();

    @Message("恢复上架")
    String col_reinstated();

    @Message("开放数据文件")
    String files_link();
}
