package org.appsupervision.portal.enterprise;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the enterprise's pages, Chinese by default; the English texts are in
 * {@code messages/enterprise_en.properties}. Templates use them as {@code enterprise:key}.
 */
@MessageBundle(value = "enterprise", locale = "zh")
public interface EnterpriseMessages {

    @Message("本企业")
    String nav_enterprise();

    @Message("企业首页")
    String home_title();

    @Message("本页列出贵企业的应用、点名贵企业应用的通报、整改期限和行政处罚案件。")
    String home_intro();

    @Message("未到期的期限")
    String deadlines_title();

    @Message("当前没有未到期的期限。")
    String deadlines_none();

    @Message("还剩 {days} 天")
    String days_left(Long days);

    @Message("今天到期")
    String due_today();

    @Message("本企业的应用")
    String apps_title();

    @Message("没有登记在贵企业名下的应用。")
    String apps_none();

    @Message("应用名称")
    String app_name();

    @Message("包名")
    String package_name();

    @Message("版本")
    String versions();

    @Message("应用商店")
    String stores();

    @Message("已下架")
    String taken_down();

    @Message("未下架")
    String listed();

    @Message("下架状态")
    String takedown_state();

    @Message("点名本企业应用的通报")
    String notices_title();

    @Message("没有点名贵企业应用的已发布通报。")
    String notices_none();

    @Message("通报")
    String notice_title();

    @Message("类别")
    String kind();

    @Message("整改通报")
    String kind_rectification();

    @Message("“回头看”通报")
    String kind_recheck();

    @Message("下架通报")
    String kind_takedown();

    @Message("发布日期")
    String published_on();

    @Message("整改期限")
    String deadline();

    @Message("本企业条目")
    String item_count();

    @Message("行政处罚案件")
    String cases_title();

    @Message("没有以贵企业为当事人的行政处罚案件。")
    String cases_none();

    @Message("案号")
    String case_number();

    @Message("管理局")
    String bureau();

    @Message("阶段")
    String stage();

    @Message("立案日期")
    String filed_on();

    @Message("当事人期限")
    String next_deadline();

    @Message("本企业的条目")
    String items_title();

    @Message("只列出本通报中点名贵企业应用的条目。")
    String items_intro();

    @Message("所涉问题")
    String problems();

    @Message("整改状态")
    String rectification();

    @Message("待核查")
    String rect_pending();

    @Message("已整改")
    String rect_rectified();

    @Message("未整改")
    String rect_not_rectified();

    @Message("整改版本")
    String fixed_version();

    @Message("已解除下架")
    String lifted();

    @Message("提交整改报告")
    String report_link();

    @Message("各应用商店的指令")
    String orders_title();

    @Message("尚无下架或恢复上架指令。")
    String orders_none();

    @Message("应用商店")
    String store();

    @Message("指令")
    String order_kind();

    @Message("下架")
    String order_takedown();

    @Message("恢复上架")
    String order_reinstatement();

    @Message("状态")
    String order_status();

    @Message("待处理")
    String status_pending();

    @Message("已确认收到")
    String status_acknowledged();

    @Message("已提出异议")
    String status_objected();

    @Message("已完成")
    String status_confirmed();

    @Message("已撤回")
    String status_withdrawn();

    @Message("无法送达")
    String status_undeliverable();

    @Message("已逾期")
    String overdue();

    @Message("下达时间")
    String ordered_at();

    @Message("时限")
    String order_deadline();

    @Message("完成时间")
    String confirmed_at();

    @Message("检测发现的问题")
    String findings_title();

    @Message("共 {count} 条，显示最新的 {shown} 条。")
    String findings_count(long count, int shown);

    @Message("没有针对该应用的检测发现。")
    String findings_none();

    @Message("版本")
    String version();

    @Message("来源")
    String source_store();

    @Message("证据摘要")
    String evidence();

    @Message("检测时间")
    String detected_at();

    @Message("检测机关")
    String authority();

    @Message("检测批次期间")
    String batch_period();

    @Message("运营主体")
    String operator();

    @Message("点名该应用的通报")
    String app_notices_title();

    @Message("行政处罚事先告知")
    String prior_notice_title();

    @Message("行政处罚决定")
    String decision_title();

    @Message("尚未向贵企业送达处罚决定。")
    String decision_none();

    @Message("法律依据")
    String legal_basis();

    @Message("处罚")
    String penalties();

    @Message("罚款合计（元）")
    String total_fine();

    @Message("决定书文号")
    String decision_number();

    @Message("决定日期")
    String decided_on();

    @Message("送达日期")
    String served_on();

    @Message("申请听证日期")
    String hearing_requested_on();

    @Message("听证日期")
    String hearing_on();

    @Message("当事人期限")
    String party_deadlines();

    @Message("未到期")
    String deadline_status_open();

    @Message("已履行")
    String deadline_status_met();

    @Message("不再适用")
    String deadline_status_closed();

    @Message("送达的文书")
    String documents_title();

    @Message("尚无送达的文书。")
    String documents_none();

    @Message("文书编号")
    String document_number();

    @Message("下载签章PDF")
    String download_pdf();

    @Message("行政处罚事先告知书")
    String prior_notice_doc();

    @Message("行政处罚决定书")
    String decision_doc();

    @Message("返回企业首页")
    String back_home();
}
