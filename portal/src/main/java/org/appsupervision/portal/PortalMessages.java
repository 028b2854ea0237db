package org.appsupervision.portal;

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

    @Message("通报批次")
    String dash_notice_batches();

    @Message("检测批次")
    String dash_batches();

    @Message("其中录入的历史数据：通报批次 {batches}，检测应用 {tested}，通报应用 {notified}，下架应用 {takenDown}")
    String dash_imported(String batches, String tested, String notified, String takenDown);

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

    @Message("公开通报")
    String nav_public_notices();

    @Message("已发布的通报")
    String notices_title();

    @Message("工业和信息化部发布的侵害用户权益 APP 通报，可按应用、开发者、问题和发布日期查询。")
    String notices_intro();

    @Message("查询条件")
    String search_legend();

    @Message("应用名称或包名")
    String search_app();

    @Message("开发者名称或统一社会信用代码")
    String search_operator();

    @Message("所涉问题")
    String search_problem();

    @Message("所涉问题代码")
    String search_problem_code();

    @Message("不限")
    String search_any();

    @Message("发布日期自")
    String search_from();

    @Message("发布日期至")
    String search_to();

    @Message("通报类型")
    String search_kind();

    @Message("查询")
    String search_submit();

    @Message("清除条件")
    String search_reset();

    @Message("日期格式应为 年-月-日，例如 2021-12-09")
    String search_invalid_date();

    @Message("请从列表中选择通报类型")
    String search_invalid_kind();

    @Message("{#when kind}{#is 'TAKEDOWN'}下架通报{#is 'RECHECK'}复检通报{#is 'RECTIFICATION'}整改通报{#else}{kind}{/when}")
    String kind(String kind);

    @Message("共 {total} 份通报")
    String notices_found(String total);

    @Message("标题")
    String col_title();

    @Message("类型")
    String col_kind();

    @Message("发布时间")
    String col_published();

    @Message("整改期限")
    String col_deadline();

    @Message("应用数")
    String col_apps();

    @Message("没有符合条件的通报。")
    String no_notices();

    @Message("分页")
    String pagination();

    @Message("第 {page} 页，共 {pages} 页")
    String page_of(int page, long pages);

    @Message("上一页")
    String previous_page();

    @Message("下一页")
    String next_page();

    @Message("订阅通报（Atom）")
    String feed_link();

    @Message("下载名单（CSV）")
    String download_csv();

    @Message("下载名单（Excel）")
    String download_xlsx();

    @Message("PDF（已签名）")
    String download_signed_pdf();

    @Message("返回通报列表")
    String back_to_notices();

    @Message("通报正文以中文原文为准。")
    String doc_official_language();

    @Message("页面不存在")
    String not_found_title();

    @Message("没有找到这个页面，或该通报尚未发布。")
    String not_found_text();

    @Message("各有关单位：")
    String doc_salutation();

    @Message("近期，我部组织第三方检测机构对群众关注的手机应用软件进行检查，督促存在问题的企业进行整改。截至目前，尚有{count}款APP未完成整改（详见附件）。")
    String doc_rectify_intro(int count);

    @Message("上述APP应在{deadline}前完成整改落实工作。逾期不整改的，我部将依法依规组织开展相关处置工作{#if recheck}，并给予行政处罚{/if}。")
    String doc_rectify_deadline(String deadline, boolean recheck);

    @Message("我部{#if bureaus}会同各省（自治区、直辖市）通信管理局{/if}对群众关注的手机应用软件进行检查，并通报了存在侵害用户权益行为的APP。截至目前，附件所列{count}款APP仍未按要求完成整改。")
    String doc_takedown_intro(int count, boolean bureaus);

    @Message("依据{basis}等法律法规，我部组织对上述APP进行下架。相关应用商店应在本通报发布后立即组织对名单中的APP进行下架处理。")
    String doc_takedown_order(String basis);

    @Message("本通报为录入本系统存档的历史通报，本系统未据此下达任何指令。")
    String doc_imported();

    @Message("自发布之日起{days}个{#if working}工作日{#else}自然日{/if}")
    String doc_deadline_terms(int days, boolean working);

    @Message("({year}年第〔发布时编号〕批,总第〔发布时编号〕批)")
    String doc_title_numbers_pending(int year);

    @Message("本通报已被后续通报撤回。")
    String doc_withdrawn();

    @Message("工业和信息化部信息通信管理局")
    String doc_signature();

    @Message("附件：{title}名单")
    String doc_attachment(String title);

    @Message("序号")
    String doc_col_number();

    @Message("应用名称")
    String doc_col_app();

    @Message("应用开发者")
    String doc_col_developer();

    @Message("应用来源")
    String doc_col_source();

    @Message("应用版本")
    String doc_col_version();

    @Message("所涉问题")
    String doc_col_problems();

    @Message("另有{count}款第三方SDK存在侵害用户权益行为（详见第三方SDK名单），相关第三方服务提供者应对上述SDK进行整改，并督促集成该SDK的APP完成更新。")
    String doc_sdk_intro(int count);

    @Message("存在问题的第三方SDK名单")
    String doc_sdk_heading();

    @Message("SDK名称")
    String doc_col_sdk();

    @Message("第三方服务提供者")
    String doc_col_sdk_provider();

    @Message("SDK版本")
    String doc_col_sdk_versions();

    @Message("内容摘要")
    String doc_hash();

    @Message("通报管理")
    String nav_notices();

    @Message("通报管理")
    String notices_admin_title();

    @Message("待审批（草稿）")
    String queue_drafts();

    @Message("已审批，待发布")
    String queue_approved();

    @Message("已发布")
    String queue_published();

    @Message("起草通报")
    String new_draft();

    @Message("状态")
    String col_status();

    @Message("起草人")
    String col_drafted_by();

    @Message("起草时间")
    String col_drafted_at();

    @Message("暂无。")
    String none_here();

    @Message("起草通报")
    String draft_title();

    @Message("根据检测发现起草")
    String draft_from_findings();

    @Message("根据已发布通报的未整改项起草")
    String draft_from_unrectified();

    @Message("通报类型")
    String field_kind();

    @Message("标题")
    String field_title();

    @Message("整改期限（天）")
    String field_days();

    @Message("按工作日计算")
    String field_working_days();

    @Message("或指定截止日期")
    String field_deadline();

    @Message("检测批次")
    String field_batch();

    @Message("请选择批次")
    String choose_batch();

    @Message("显示该批次的发现")
    String show_findings();

    @Message("列入通报的发现")
    String field_findings();

    @Message("原通报")
    String field_source_notice();

    @Message("请选择通报")
    String choose_notice();

    @Message("应用")
    String col_app();

    @Message("包名")
    String col_package();

    @Message("版本")
    String col_version();

    @Message("应用来源")
    String col_store();

    @Message("所涉问题")
    String col_problems();

    @Message("屡犯")
    String col_repeat();

    @Message("列入")
    String col_include();

    @Message("是")
    String repeat_yes();

    @Message("该批次没有发现。")
    String no_findings();

    @Message("保存草稿")
    String create_draft();

    @Message("加载中…")
    String loading();

    @Message("审批通过")
    String approve();

    @Message("发布")
    String publish();

    @Message("这是您起草或修改过的通报，须由另一位审批人审批和发布。")
    String own_draft_note();

    @Message("预览：发布后的通报")
    String preview_title();

    @Message("查看公开页面")
    String published_view();

    @Message("草稿已保存。")
    String done_drafted();

    @Message("已审批。")
    String done_approved();

    @Message("已发布。")
    String done_published();

    @Message("已撤回，通报不会发布。")
    String done_withdrawn();

    @Message("撤回")
    String withdraw();

    @Message("撤回理由")
    String withdraw_reason();

    @Message("撤回后通报保留在记录中，但不能再修改、审批或发布。")
    String withdraw_note();

    @Message("{name} 于 {time} 撤回：{reason}")
    String detail_withdrawn(String name, String time, String reason);

    @Message("应用商店提示")
    String store_warnings();

    @Message("尚未登记：{stores}")
    String warning_unknown(String stores);

    @Message("已停用：{stores}")
    String warning_inactive(String stores);

    @Message("已按其他通报下架：{stores}")
    String warning_taken_down(String stores);

    @Message("期限计算")
    String deadline_terms();

    @Message("{#when status}{#is 'DRAFT'}草稿{#is 'APPROVED'}已审批{#is 'PUBLISHED'}已发布{#is 'WITHDRAWN'}已撤回{#else}{status}{/when}")
    String status(String status);

    @Message("{name} 于 {time} 起草")
    String detail_drafted(String name, String time);

    @Message("修改人：{names}")
    String detail_edited(String names);

    @Message("{name} 于 {time} 审批")
    String detail_approved(String name, String time);

    @Message("{name} 于 {time} 发布")
    String detail_published(String name, String time);

    @Message("检测批次")
    String nav_batches();

    @Message("检测批次与发现")
    String batches_title();

    @Message("按标题筛选")
    String batch_filter();

    @Message("筛选")
    String filter_submit();

    @Message("登记检测批次")
    String record_batch();

    @Message("检测开始日期")
    String field_run_from();

    @Message("检测结束日期")
    String field_run_to();

    @Message("检测应用数")
    String field_apps_tested();

    @Message("省份代码（省局填写）")
    String field_province();

    @Message("批次")
    String col_batch();

    @Message("检测期间")
    String col_period();

    @Message("检测应用")
    String col_apps_tested();

    @Message("发现")
    String col_findings();

    @Message("登记人")
    String col_recorded_by();

    @Message("检测时间")
    String col_detected();

    @Message("暂无检测批次。")
    String no_batches();

    @Message("发现")
    String findings_title();

    @Message("下一页发现")
    String more_findings();

    @Message("导入发现文件")
    String upload_title();

    @Message("CSV（首行为列名）或 NDJSON（.ndjson、.jsonl），每行一条发现；有任何错误行则整批不写入。")
    String upload_hint();

    @Message("文件")
    String upload_file();

    @Message("上传并导入")
    String upload_submit();

    @Message("请选择一个文件。")
    String upload_missing();

    @Message("导入进度")
    String import_title();

    @Message("导入进度")
    String import_progress();

    @Message("导入完成。")
    String import_succeeded();

    @Message("文件有错误行，未写入任何发现：")
    String import_rejected();

    @Message("导入失败：")
    String import_failed();

    @Message("行")
    String col_line();

    @Message("原因")
    String col_reason();

    @Message("返回批次")
    String back_to_batch();

    @Message("已读取 {read} 行，已写入 {written} 行")
    String import_counts(String read, String written);

    @Message("{#when status}{#is 'WAITING'}等待文件{#is 'RUNNING'}正在导入{#is 'SUCCEEDED'}已完成{#is 'REJECTED'}已拒绝{#is 'FAILED'}失败{#else}{status}{/when}")
    String job_status(String status);

    @Message("应用档案")
    String nav_apps();

    @Message("应用档案")
    String apps_title();

    @Message("应用名称")
    String apps_search();

    @Message("没有找到应用。")
    String apps_none();

    @Message("全链条记录")
    String timeline_title();

    @Message("暂无记录。")
    String timeline_empty();

    @Message("运营主体")
    String col_operator();

    @Message("备案号")
    String col_filing();

    @Message("时间")
    String col_time();

    @Message("事件")
    String col_event();

    @Message("内容")
    String col_detail();

    @Message("查看通报")
    String open_notice();

    @Message("未登记的应用")
    String unknown_app();

    @Message("{#when type}{#is 'FINDING'}检测发现{#is 'NOTICE_ITEM'}列入通报{#is 'RECTIFICATION'}整改结果{#is 'RECTIFICATION_REPORTED'}企业提交整改报告{#is 'RECHECK_COMPLETED'}第三方检测机构复检{#is 'DEADLINE_PASSED'}整改期限届满{#is 'STORE_CONFIRMATION'}应用商店确认下架{#is 'TAKEDOWN_LIFTED'}解除下架{#is 'CaseOpened'}立案{#is 'PenaltyDecided'}作出处罚决定{#is 'CaseClosed'}结案{#else}{type}{/when}")
    String event(String type);

    @Message("请求无法处理")
    String bad_request_title();

    @Message("链接或表单中的内容有误，请返回后重试。")
    String bad_request_text();

    @Message("系统出错")
    String unexpected_title();

    @Message("页面未能显示。如需帮助，请提供错误编号 {errorId}。")
    String unexpected_text(String errorId);
}
