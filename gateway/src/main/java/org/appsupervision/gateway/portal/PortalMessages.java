package org.appsupervision.gateway.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal, Chinese by default; the English texts are in {@code messages/msg_en.properties}.
 * Templates use them as {@code msg:key}.
 */
@MessageBundle(value = "msg", locale = "zh")
public interface PortalMessages {

    @Message("工信部 App 侵权监管门户")
    String app_name();

    @Message("跳到正文")
    String skip_to_content();

    @Message("主导航")
    String nav_label();

    @Message("总览")
    String nav_dashboard();

    @Message("English")
    String lang_other();

    @Message("切换语言")
    String lang_switch();

    @Message("当前用户：{name}")
    String signed_in_as(String name);

    @Message("退出登录")
    String logout();

    @Message("登录")
    String login_title();

    @Message("请使用部、省通信管理局分配的账户登录。")
    String login_intro();

    @Message("用户名")
    String login_username();

    @Message("密码")
    String login_password();

    @Message("登录")
    String login_submit();

    @Message("用户名或密码错误，或账户已停用、已锁定。")
    String login_failed();

    @Message("请填写此项")
    String field_required();

    @Message("会话已过期，请重新登录。")
    String session_expired();

    @Message("会话已达最长时限，请重新登录。")
    String session_ended();

    @Message("请先登录。")
    String login_needed();

    @Message("您已退出登录。")
    String logged_out();

    @Message("确定退出登录吗？")
    String logout_confirm();

    @Message("无权访问")
    String forbidden_title();

    @Message("您的角色不能使用此页面。")
    String forbidden_text();

    @Message("跨站请求被拒绝：请从本站页面提交。")
    String cross_site_refused();

    @Message("返回总览")
    String back_to_dashboard();

    @Message("{service}暂时不可用，页面上的数据可能不完整。")
    String service_unavailable(String service);

    @Message("通报服务")
    String service_notice();

    @Message("应用商店服务")
    String service_appstore();

    @Message("处罚服务")
    String service_penalty();

    @Message("以下各项有误：")
    String problem_fields();

    @Message("总览")
    String dashboard_title();

    @Message("截至 {date}")
    String dash_as_of(String date);

    @Message("含 {date} 前公布的累计数")
    String dash_historical(String date);

    @Message("检测批次")
    String dash_batches();

    @Message("检测应用")
    String dash_apps_tested();

    @Message("通报应用")
    String dash_apps_notified();

    @Message("下架应用")
    String dash_apps_taken_down();

    @Message("应用商店主动下架")
    String dash_proactive();

    @Message("历年通报与下架")
    String chart_notices_over_time();

    @Message("按问题类型（通报应用）")
    String chart_problems();

    @Message("应用商店按时确认下架（近 365 天）")
    String chart_store_compliance();

    @Message("各省处罚案件")
    String chart_cases_by_province();

    @Message("通报应用")
    String series_notified();

    @Message("下架应用")
    String series_taken_down();

    @Message("按时确认")
    String series_on_time();

    @Message("逾期或未确认")
    String series_late();

    @Message("案件")
    String series_cases();

    @Message("暂无数据")
    String no_data();

    @Message("图表数据")
    String chart_data();

    @Message("数据来自通报、应用商店与处罚服务，按您的角色可见。")
    String footer();
}
