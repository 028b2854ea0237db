package org.appsupervision.portal.ops;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the operations pages (takedown boards, scorecards, penalty cases), Chinese by default;
 * the English texts are in {@code messages/ops_en.properties}. Templates use them as {@code ops:key}.
 */
@MessageBundle(value = "ops", locale = "zh")
public interface OpsMessages {

    @Message("下架看板")
    String nav_boards();

    @Message("应用商店评分")
    String nav_scorecards();

    @Message("处罚案件")
    String nav_cases();

    @Message("下架看板")
    String boards_title();

    @Message("暂无已公布的下架通报。")
    String boards_none();

    @Message("通报")
    String notice_title();

    @Message("公布时间")
    String notice_published();

    @Message("应用数")
    String notice_apps();

    @Message("下架看板")
    String board_title();

    @Message("每行一个应用，每列一个应用商店；表格每 10 秒自动刷新，无需重新加载页面。")
    String board_intro();

    @Message("本页各状态数量")
    String board_counts();

    @Message("此页没有下架指令。")
    String board_empty();

    @Message("应用")
    String board_app();

    @Message("待处理")
    String order_pending();

    @Message("已接收")
    String order_acknowledged();

    @Message("已确认下架")
    String order_confirmed();

    @Message("有异议")
    String order_objected();

    @Message("已撤回")
    String order_withdrawn();

    @Message("逾期")
    String order_overdue();

    @Message("恢复上架")
    String order_reinstatement();

    @Message("期限 {date}")
    String order_due(String date);

    @Message("翻页")
    String pager();

    @Message("第一页")
    String pager_first();

    @Message("下一页")
    String pager_next();

    @Message("未能下达的指令")
    String undeliverable_title();

    @Message("通报点名了以下应用商店，但它们未注册或已停用，没有收到下架指令（或解除下架后的恢复上架指令）；同一应用的其他商店已照常收到指令。")
    String undeliverable_intro();

    @Message("未注册")
    String undeliverable_not_registered();

    @Message("已停用")
    String undeliverable_deactivated();

    @Message("待处理的异议")
    String objections_title();

    @Message("本页没有待处理的异议。")
    String objections_none();

    @Message("异议理由")
    String objection_reason();

    @Message("处理意见（可选）")
    String objection_note();

    @Message("接受异议")
    String objection_accept();

    @Message("驳回异议")
    String objection_reject();

    @Message("请选择接受或驳回。")
    String objection_choose();

    @Message("已接受异议，该下架指令已撤回。")
    String objection_accepted_done();

    @Message("已驳回异议，该下架指令重新计时。")
    String objection_rejected_done();

    @Message("未上架该应用")
    String reason_not_listed();

    @Message("应用不符")
    String reason_wrong_app();

    @Message("已下架")
    String reason_already_removed();

    @Message("其他")
    String reason_other();

    @Message("应用商店评分")
    String scorecards_title();

    @Message("{from} 至 {to} 公布的下架指令")
    String scorecards_intro(String from, String to);

    @Message("此期间没有数据。")
    String scorecards_none();

    @Message("应用商店")
    String store();

    @Message("应用商店")
    String store_title();

    @Message("代码")
    String store_code();

    @Message("运营企业")
    String store_company();

    @Message("英文名称")
    String store_name_en();

    @Message("在册")
    String store_active();

    @Message("是")
    String yes();

    @Message("否")
    String no();

    @Message("收到")
    String sc_received();

    @Message("已确认")
    String sc_confirmed();

    @Message("按时确认")
    String sc_on_time();

    @Message("按时率")
    String sc_on_time_rate();

    @Message("确认用时中位数")
    String sc_median();

    @Message("确认用时 P90")
    String sc_p90();

    @Message("当前逾期")
    String sc_overdue_now();

    @Message("异议（提出/接受/驳回/待定）")
    String sc_objections();

    @Message("{raised} / {accepted} / {rejected} / {awaiting}")
    String sc_objection_outcomes(String raised, String accepted, String rejected, String awaiting);

    @Message("提出")
    String sc_obj_raised();

    @Message("接受")
    String sc_obj_accepted();

    @Message("驳回")
    String sc_obj_rejected();

    @Message("待决定")
    String sc_obj_awaiting();

    @Message("主动下架")
    String sc_proactive();

    @Message("统计期间")
    String period_filter();

    @Message("起始日期")
    String period_from();

    @Message("截止日期")
    String period_to();

    @Message("查询")
    String period_apply();

    @Message("请填写有效日期，且不晚于截止日期。")
    String period_from_error();

    @Message("请填写有效日期（年-月-日）。")
    String period_to_error();

    @Message("{days} 天 {hours} 小时")
    String duration_dh(long days, long hours);

    @Message("{hours} 小时 {minutes} 分")
    String duration_hm(long hours, long minutes);

    @Message("{minutes} 分")
    String duration_m(long minutes);

    @Message("处罚案件")
    String cases_title();

    @Message("共 {total} 件，其中 {overdue} 件有逾期期限。")
    String cases_summary(String total, String overdue);

    @Message("按阶段筛选")
    String cases_by_stage();

    @Message("没有案件。")
    String cases_none();

    @Message("全部")
    String stage_all();

    @Message("立案")
    String stage_filed();

    @Message("调查取证")
    String stage_investigation();

    @Message("审查")
    String stage_review();

    @Message("事先告知")
    String stage_prior_notice();

    @Message("听证")
    String stage_hearing();

    @Message("决定待审批")
    String stage_decision_proposed();

    @Message("已决定")
    String stage_decided();

    @Message("执行")
    String stage_execution();

    @Message("结案")
    String stage_closed();

    @Message("案号")
    String case_number();

    @Message("当事人")
    String case_party();

    @Message("管理局")
    String case_bureau();

    @Message("立案日期")
    String case_filed_on();

    @Message("下一期限")
    String case_next_deadline();

    @Message("到期日")
    String case_due();

    @Message("案件")
    String case_title();

    @Message("阶段")
    String case_stage();

    @Message("情节严重")
    String case_serious();

    @Message("决定书文号")
    String case_decision_number();

    @Message("罚款合计（元）")
    String case_total_fine();

    @Message("违法事实")
    String case_facts();

    @Message("未找到案件")
    String case_not_found();

    @Message("该案件不存在、不属于您的管理局，或处罚服务暂时不可用。")
    String case_not_found_text();

    @Message("法定期限")
    String deadlines_title();

    @Message("暂无期限。")
    String deadlines_none();

    @Message("期限")
    String deadline();

    @Message("到期日")
    String deadline_due();

    @Message("计算方法")
    String deadline_how();

    @Message("法律依据")
    String deadline_rule();

    @Message("状态")
    String deadline_status();

    @Message("进行中")
    String deadline_open();

    @Message("已于 {on} 完成")
    String deadline_met(String on);

    @Message("自 {from} 起 {days} {#if rule == 'WORKING_DAYS'}个工作日{#else}日{/if}")
    String deadline_computed(String from, int days, String rule);

    @Message("{#when kind}{#is 'DECISION'}作出处罚决定{#is 'HEARING_REQUEST'}申请听证{#is 'HEARING_NOTICE'}听证通知{#is 'SERVICE'}送达决定书{#is 'PAYMENT'}缴纳罚款{#else}{kind}{/when}")
    String deadline_kind(String kind);

    @Message("办理")
    String steps_title();

    @Message("已办理。")
    String step_done();

    @Message("{#when step}{#is 'investigation'}开始调查{#is 'investigators'}登记调查人员{#is 'review'}调查终结，送审查{#is 'legal-review'}法制审核{#is 'prior-notice'}事先告知{#is 'defence'}登记陈述申辩{#is 'hearing-request'}登记听证申请{#is 'hearing'}安排听证{#is 'hearing-record'}登记听证笔录{#is 'decision'}拟作处罚决定{#is 'decision/approval'}审批处罚决定{#is 'service'}送达{#is 'publication'}公示{#is 'closing'}结案{#is 'decision-extension'}延长决定期限{#else}{step}{/when}")
    String step_name(String step);

    @Message("办理经过")
    String timeline_title();

    @Message("暂无记录。")
    String timeline_none();

    @Message("办理日期（补录时填写，默认今天）")
    String f_on();

    @Message("执法人员姓名")
    String f_investigator();

    @Message("调查结论")
    String f_findings();

    @Message("情节严重")
    String f_serious();

    @Message("违法所得（元）")
    String f_gains();

    @Message("上一年度营业额（元）")
    String f_turnover();

    @Message("审核意见")
    String f_opinion();

    @Message("陈述申辩内容")
    String f_statement();

    @Message("听证日期")
    String f_hearing_on();

    @Message("通知日期")
    String f_notice_on();

    @Message("听证笔录")
    String f_record();

    @Message("结案方式")
    String f_outcome();

    @Message("理由")
    String f_reason();

    @Message("延长天数")
    String f_days();

    @Message("法律依据")
    String f_basis();

    @Message("警告")
    String f_warning();

    @Message("罚款（元）")
    String f_fine();

    @Message("没收违法所得（元）")
    String f_confiscation();

    @Message("对直接责任人员罚款（元）")
    String f_person_fine();

    @Message("责任人员姓名、职务")
    String f_person_note();

    @Message("理由")
    String f_reasons();

    @Message("执行完毕")
    String outcome_executed();

    @Message("不予处罚")
    String outcome_no_penalty();

    @Message("撤销案件")
    String outcome_dismissed();

    @Message("移送")
    String outcome_transferred();

    @Message("法定上限（一般情节）：")
    String caps_ordinary();

    @Message("法定上限（情节严重）：")
    String caps_serious();

    @Message("依据")
    String cap_basis();

    @Message("罚款上限（元）")
    String cap_fine();

    @Message("责任人员罚款幅度（元）")
    String cap_person();

    @Message("可处罚种类")
    String cap_penalties();

    @Message("未核实，不可引用")
    String cap_unverified();

    @Message("不超过 {cap}")
    String cap_up_to(Object cap);

    @Message("或上一年度营业额的 {percent}%")
    String cap_turnover(Object percent);

    @Message("违法所得 {min}–{max} 倍")
    String cap_gains(Object min, Object max);

    @Message("请填写金额数字，例如 50000 或 50000.00。")
    String amount_invalid();

    @Message("表单有误，请检查标出的字段。")
    String form_has_errors();

    @Message("审计日志")
    String nav_audit();

    @Message("各省案件")
    String nav_provinces();

    @Message("审计日志")
    String audit_title();

    @Message("哈希链校验")
    String chains_title();

    @Message("正在校验各条哈希链……")
    String chains_checking();

    @Message("日志来源")
    String audit_sources();

    @Message("{#when source}{#is 'gateway'}网关安全事件{#is 'notice-service'}通报服务变更记录{#is 'appstore-service'}应用商店服务变更记录{#is 'penalty-service'}处罚服务变更记录{#else}{source}{/when}")
    String source_name(String source);

    @Message("筛选")
    String audit_filter();

    @Message("数据表")
    String audit_table();

    @Message("记录主键")
    String audit_row();

    @Message("操作人")
    String audit_actor();

    @Message("没有符合条件的记录。")
    String audit_none();

    @Message("字段")
    String diff_field();

    @Message("变更前")
    String diff_before();

    @Message("变更后")
    String diff_after();

    @Message("链序号 {seq}")
    String audit_chain(Object seq);

    @Message("尚未封链")
    String audit_unsealed();

    @Message("更早的记录")
    String pager_older();

    @Message("哈希链")
    String chain();

    @Message("结果")
    String chain_result();

    @Message("已封链记录")
    String chain_records();

    @Message("链头哈希")
    String chain_head();

    @Message("无法校验：服务不可用")
    String chain_unreachable();

    @Message("完整")
    String chain_intact();

    @Message("在第 {at} 条处断裂")
    String chain_broken(Object at);

    @Message("条未封链")
    String chain_unsealed();

    @Message("各省案件线索与案件")
    String provinces_title();

    @Message("案件线索 {proposals} 条，案件 {cases} 件。")
    String provinces_summary(String proposals, String cases);

    @Message("暂无数据。")
    String no_figures();

    @Message("省（区、市）管理局")
    String province();

    @Message("案件线索")
    String proposals();

    @Message("待处理线索")
    String proposals_open();

    @Message("处罚决定")
    String decisions();

    @Message("罚款金额（元）")
    String fines_imposed();

    @Message("账户管理")
    String nav_accounts();

    @Message("应用商店接口客户端")
    String nav_clients();

    @Message("账户管理")
    String accounts_title();

    @Message("已完成。")
    String admin_done();

    @Message("用户名")
    String acc_username();

    @Message("姓名")
    String acc_name();

    @Message("角色")
    String acc_roles();

    @Message("省份代码")
    String acc_province();

    @Message("状态")
    String acc_state();

    @Message("操作")
    String acc_actions();

    @Message("已停用")
    String acc_disabled();

    @Message("已锁定")
    String acc_locked();

    @Message("正常")
    String acc_active();

    @Message("停用")
    String acc_disable();

    @Message("启用")
    String acc_enable();

    @Message("解锁")
    String acc_unlock();

    @Message("新建账户")
    String acc_new();

    @Message("{#when f}{#is 'username'}用户名（小写字母、数字、点、横线）{#is 'displayName'}姓名{#is 'province'}省份代码（仅省局执法人员，两位数字）{#is 'agencyCode'}检测机构统一社会信用代码（仅检测机构账户）{#else}{f}{/when}")
    String acc_field(String f);

    @Message("初始密码")
    String acc_password();

    @Message("创建账户")
    String acc_create();

    @Message("{#when role}{#is 'official'}部监管人员{#is 'approver'}审批人{#is 'bureau'}省局执法人员{#is 'auditor'}审计人员{#is 'admin'}管理员{#is 'operator'}企业（APP运营主体）{#is 'agency'}第三方检测机构{#else}{role}{/when}")
    String role_name(String role);

    @Message("应用商店接口客户端")
    String clients_title();

    @Message("客户端 {client} 的密钥只显示这一次，请立即安全地交给应用商店：")
    String secret_once(String client);

    @Message("客户端 ID")
    String cl_id();

    @Message("有效密钥数")
    String cl_secrets();

    @Message("创建时间")
    String cl_created();

    @Message("已吊销")
    String cl_revoked();

    @Message("更换密钥")
    String cl_rotate();

    @Message("吊销")
    String cl_revoke();

    @Message("新建客户端")
    String cl_new();

    @Message("应用商店代码")
    String cl_store_code();

    @Message("创建并生成密钥")
    String cl_create();

    @Message("节假日")
    String nav_holidays();

    @Message("节假日日历")
    String holidays_title();

    @Message("整改期限与法定期限按工作日计算时使用此日历；保存后通报服务会通知其他服务重新计算。")
    String holidays_intro();

    @Message("{year} 年的节假日已保存。")
    String holidays_done(String year);

    @Message("替换一年的节假日")
    String holidays_edit();

    @Message("年份")
    String holidays_year();

    @Message("法定节假日（每行一个日期，年-月-日）")
    String holidays_days();

    @Message("调休上班日（每行一个日期）")
    String holidays_working();

    @Message("保存（替换该年全部日期）")
    String holidays_save();

    @Message("已有年份")
    String holidays_years();

    @Message("下架时限")
    String nav_service_level();

    @Message("下架通知的处理时限")
    String service_level_title();

    @Message("应用商店须在通报发布后的这段时间内确认下架；修改只适用于此后产生的下架通知，已在计时的不变。")
    String service_level_intro();

    @Message("当前时限：{hours} 小时")
    String service_level_current(String hours);

    @Message("由 {who} 于 {when} 设定，理由：{reason}")
    String service_level_set_by(String who, String when, String reason);

    @Message("部署默认值（未单独设定）")
    String service_level_configured();

    @Message("新的时限（小时，1 至 720）")
    String service_level_hours();

    @Message("修改理由")
    String service_level_reason();

    @Message("保存")
    String service_level_save();

    @Message("恢复默认值")
    String service_level_reset();

    @Message("时限已保存。")
    String service_level_done();

    @Message("请填写 1 至 720 之间的整数小时。")
    String service_level_hours_invalid();

    @Message("请填写修改理由。")
    String service_level_reason_missing();

    @Message("节假日 {holidays} 天，调休上班 {working} 天")
    String holidays_counts(int holidays, int working);

    @Message("请填写 2000 至 2100 之间的年份。")
    String holiday_year_invalid();

    @Message("这些不是该年份的有效日期：{dates}")
    String holiday_dates_invalid(String dates);

    @Message("不到 1 分钟")
    String duration_under_minute();

    @Message("{#when type}{#is 'WARNING'}警告{#is 'PUBLIC_CRITICISM'}通报批评{#is 'FINE'}罚款{#is 'CONFISCATION'}没收违法所得{#is 'SUSPENSION'}责令暂停相关业务{#is 'BUSINESS_OVERHAUL'}停业整顿{#is 'REVOCATION_REFERRAL'}通报吊销许可或执照{#is 'RESPONSIBLE_PERSON_FINE'}对责任人员罚款{#else}{type}{/when}")
    String penalty_name(String type);

    @Message("更改角色或重置密码")
    String acc_change();

    @Message("保存角色")
    String acc_save_roles();

    @Message("新密码（当面交给本人）")
    String acc_new_password();

    @Message("重置密码")
    String acc_reset();
}
