package org.appsupervision.portal.channel;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the distribution channels (app stores and handset makers) on the portal's pages, Chinese by default;
 * the English texts are in {@code messages/ch_en.properties}. Templates use them as {@code ch:key}.
 */
@MessageBundle(value = "ch", locale = "zh")
public interface ChannelMessages {

    @Message("{#when kind}{#is 'HANDSET_MAKER'}手机厂商{#else}应用商店{/when}")
    String kind(String kind);

    @Message("{#when kind}{#is 'HANDSET_MAKER'}手机厂商（预置）{#else}应用商店（上架）{/when}")
    String kind_section(String kind);

    @Message("渠道类型")
    String kind_label();

    @Message("按渠道类型筛选")
    String kind_filter();

    @Message("全部")
    String kind_all();

    @Message("预置应用")
    String preinstallations();

    @Message("预置应用 · {name}")
    String preinstallations_title(String name);

    @Message("该手机厂商按机型系列报送的预置应用清单（由厂商通过接口维护）。")
    String preinstallations_intro();

    @Message("该手机厂商尚未报送预置应用。")
    String preinstallations_none();

    @Message("机型系列")
    String model_line();

    @Message("机型系列")
    String model_lines();

    @Message("{count} 个应用")
    String app_count(String count);

    @Message("更新于 {at}")
    String updated_at(String at);

    @Message("包名")
    String package_name();

    @Message("应用名称")
    String app_name();

    @Message("手机厂商")
    String board_makers_title();

    @Message("以下手机厂商在其机型系列中预置了通报应用，收到的是预置下架指令：每行一个应用与一家厂商。")
    String board_makers_intro();

    @Message("手机厂商")
    String maker();

    @Message("要求")
    String required_action();

    @Message("{#when action}{#is 'REMOVE_PREINSTALLATION'}从预置中移除，并在下一次系统更新中推送卸载或停用{#else}从应用商店下架{/when}")
    String action(String action);

    @Message("状态")
    String state();

    @Message("预置于")
    String preinstalled_by();

    @Message("没有手机厂商报送预置此应用。")
    String preinstalled_by_none();

    @Message("应用商店服务暂时不可用，无法显示预置信息。")
    String preinstalled_by_unavailable();

    @Message("手机厂商：按时确认预置下架（近 365 天）")
    String chart_maker_compliance();

    @Message("登记分发渠道")
    String register_title();

    @Message("登记")
    String register_submit();

    @Message("渠道类型在登记时确定，登记后不可更改。")
    String kind_fixed();

    @Message("{#when field}{#is 'code'}代码（小写字母、数字或 -）{#is 'nameZh'}中文名称{#is 'nameEn'}英文名称{#is 'company'}运营企业{#is 'companyCreditCode'}统一社会信用代码（可选）{#is 'provinceCode'}所在省份代码（两位）{#else}{field}{/when}")
    String field(String field);
}
