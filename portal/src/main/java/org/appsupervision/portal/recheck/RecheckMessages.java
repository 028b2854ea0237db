package org.appsupervision.portal.recheck;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the rectification report, agency task and re-check pages, Chinese by default; the English texts are
 * in {@code messages/rc_en.properties}. Templates use them as {@code rc:key}.
 */
@MessageBundle(value = "rc", locale = "zh")
public interface RecheckMessages {

    @Message("整改报告")
    String nav_reports();

    @Message("复检任务")
    String nav_tasks();

    @Message("核查复检")
    String nav_rechecks();

    @Message("我的整改报告")
    String reports_title();

    @Message("每份报告对应通报中的一个应用；提交后由第三方检测机构核查复检。")
    String reports_intro();

    @Message("整改报告已提交，已分派检测机构复检。")
    String reports_done();

    @Message("暂无整改报告。")
    String reports_none();

    @Message("应用")
    String app();

    @Message("整改版本")
    String fixed_version();

    @Message("状态")
    String status();

    @Message("提交时间")
    String submitted_at();

    @Message("复检")
    String recheck();

    @Message("{#when value}{#is 'DRAFT'}草稿{#is 'SUBMITTED'}已提交{#is 'OPEN'}复检中{#is 'COMPLETED'}已复检{#is 'RECTIFIED'}已整改{#is 'NOT_RECTIFIED'}未整改{#is 'PENDING'}待整改{#else}{value}{/when}")
    String state(String value);

    @Message("提交整改报告")
    String new_title();

    @Message("整改期限截止前提交；证据文件为 PDF、PNG、JPEG 或 ZIP，每个不超过 10 MB（一次提交合计不超过 10 MB），以 SHA-256 留存。")
    String new_intro();

    @Message("整改内容（改了什么）")
    String changes();

    @Message("证据文件")
    String files();

    @Message("提交并申请复检")
    String submit();

    @Message("请至少上传一个证据文件。")
    String files_missing();

    @Message("文件过大：每次提交合计不超过 10 MB。")
    String too_large();

    @Message("未指定通报条目。")
    String item_missing();

    @Message("检测机构复检任务")
    String tasks_title();

    @Message("暂无复检任务。")
    String tasks_none();

    @Message("整改期限")
    String deadline();

    @Message("企业整改报告")
    String report();

    @Message("报告哈希")
    String report_hash();

    @Message("下载")
    String download();

    @Message("复检结果")
    String result();

    @Message("结论")
    String outcome();

    @Message("测试版本")
    String tested_version();

    @Message("复检意见")
    String findings();

    @Message("记录复检结果")
    String record_result();

    @Message("复检结果已记录。")
    String result_done();

    @Message("核查复检")
    String rechecks_title();

    @Message("分派规则")
    String rule();

    @Message("{#when value}{#is 'ROUND_ROBIN'}轮流分派{#is 'BY_PROVINCE'}按省分派{#else}{value}{/when}")
    String rule_name(String value);

    @Message("保存规则")
    String save_rule();

    @Message("检测机构")
    String agency();

    @Message("分派")
    String assigned();

    @Message("改派")
    String reassign();

    @Message("理由")
    String reason();

    @Message("人工认定整改结果")
    String override_title();

    @Message("复检结果决定整改状态；仅在必要时由官员人工认定，须说明理由，并记入审计日志。")
    String override_intro();

    @Message("通报编号（ID）")
    String notice_id();

    @Message("条目编号（ID）")
    String item_id();

    @Message("认定")
    String override_submit();

    @Message("已保存。")
    String saved();

    @Message("全部")
    String all();

    @Message("第三方SDK")
    String sdk();

    @Message("第三方服务提供者")
    String provider();

    @Message("涉及版本")
    String sdk_versions();

    @Message("测试的SDK版本")
    String tested_sdk_version();

    @Message("由 {name} 开启的复检：第三方SDK提供者不登录本系统，不提交整改报告，复检以检测机构的测试为准。")
    String opened_by(String name);

    @Message("开启第三方SDK复检")
    String open_title();

    @Message("已发布的整改或复检通报中的第三方SDK条目，由官员开启复检，按分派规则（按提供者所在省）分派检测机构；整改期限截止后不能再开启。")
    String open_intro();

    @Message("开启复检")
    String open_submit();
}
