package org.appsupervision.portal.complaint;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public complaint pages and the officials' complaint queue, Chinese by default; the English texts
 * are in {@code messages/cmp_en.properties}. Templates use them as {@code cmp:key}.
 */
@MessageBundle(value = "cmp", locale = "zh")
public interface ComplaintMessages {

    @Message("用户投诉")
    String nav_new();

    @Message("投诉处理")
    String nav_queue();

    @Message("投诉APP侵害用户权益")
    String title();

    @Message("发现APP违规收集、使用个人信息，强制、频繁索取权限，或欺骗误导用户等问题，可在此投诉，无需注册。提交后您将获得投诉编号，凭编号可查看处理进展；进展页面不显示任何个人信息。联系方式仅供工作人员核实情况，保存期满后删除。")
    String intro();

    @Message("{#when f}{#is 'appName'}APP名称{#is 'packageName'}包名（选填，如 com.example.app）{#is 'store'}在哪个应用商店发现{#is 'problems'}遇到的问题（可多选）{#is 'description'}具体情况（不超过2000字）{#is 'screenshots'}截图（选填，最多3张，PNG或JPEG，每张不超过2 MB）{#is 'contact'}联系方式{#is 'contactName'}姓名（选填）{#is 'contactPhone'}手机或电话（选填）{#is 'contactEmail'}电子邮箱（选填）{#else}{f}{/when}")
    String field(String f);

    @Message("不清楚 / 其他")
    String store_unknown();

    @Message("联系方式（选填，仅工作人员可见）")
    String contact_legend();

    @Message("提交投诉")
    String submit();

    @Message("请更正以下各项：")
    String fix_these();

    @Message("投诉已收到。请记下投诉编号，凭编号可随时查看处理进展。")
    String received();

    @Message("您此前已就同一APP的同一问题投诉过，本次未重复登记，进展请见原投诉编号。")
    String duplicate();

    @Message("投诉进展")
    String status_title();

    @Message("投诉编号")
    String tracking_number();

    @Message("查询投诉进展")
    String lookup();

    @Message("{#when s}{#is 'RECEIVED'}已受理{#is 'UNDER_REVIEW'}核查中{#is 'MERGED'}已合并处理{#is 'REJECTED'}不予处理{#is 'FINDING'}已转为检测发现{#else}{s}{/when}")
    String status(String s);

    @Message("状态")
    String state();

    @Message("进展")
    String progress();

    @Message("不予处理的理由")
    String reason();

    @Message("已与以下投诉合并处理")
    String merged_into();

    @Message("APP")
    String app();

    @Message("问题")
    String problems();

    @Message("收到时间")
    String received_at();

    @Message("服务暂不可用，请稍后再试。")
    String unavailable();

    @Message("提交过于频繁，请稍后再试。")
    String too_many();

    @Message("投诉处理")
    String queue_title();

    @Message("全部")
    String all();

    @Message("筛选")
    String filter();

    @Message("包名或APP名称")
    String app_filter();

    @Message("问题代码")
    String problem_filter();

    @Message("下一页")
    String next_page();

    @Message("没有符合条件的投诉。")
    String none();

    @Message("描述")
    String description();

    @Message("截图")
    String screenshots();

    @Message("联系方式")
    String contact();

    @Message("联系方式已按保存期限删除")
    String contact_erased();

    @Message("无")
    String no_contact();

    @Message("开始核查")
    String review();

    @Message("合并到")
    String merge_into();

    @Message("合并")
    String merge();

    @Message("不予处理")
    String reject();

    @Message("理由（将公开显示，不得包含个人信息）")
    String reject_reason();

    @Message("转为检测发现")
    String to_finding();

    @Message("检测版本")
    String version();

    @Message("一并转入（同一APP的其他投诉）")
    String also();

    @Message("处理人")
    String handled_by();

    @Message("检测发现")
    String finding();

    @Message("操作完成。")
    String done();

    @Message("重复投诉次数")
    String repeats();

    @Message("用户投诉最多的APP")
    String chart_complaints();

    @Message("待处理")
    String series_open();

    @Message("已处理")
    String series_closed();
}
