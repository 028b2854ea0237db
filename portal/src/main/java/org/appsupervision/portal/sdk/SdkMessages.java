package org.appsupervision.portal.sdk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the SDK registry pages and of the app page's SDK section, Chinese by default; the English texts are in
 * {@code messages/sdk_en.properties}. Templates use them as {@code sdk:key}.
 */
@MessageBundle(value = "sdk", locale = "zh")
public interface SdkMessages {

    @Message("第三方SDK")
    String nav_sdks();

    @Message("第三方SDK登记")
    String list_title();

    @Message("工信部登记的第三方SDK及其提供者；检测按包名前缀和签名识别SDK。")
    String list_intro();

    @Message("搜索（代码、名称、提供者或包名前缀）")
    String search();

    @Message("搜索")
    String search_button();

    @Message("暂无登记的SDK。")
    String none();

    @Message("代码")
    String code();

    @Message("中文名称")
    String name_zh();

    @Message("英文名称")
    String name_en();

    @Message("提供者")
    String provider();

    @Message("提供者统一社会信用代码")
    String provider_credit_code();

    @Message("包名前缀")
    String prefixes();

    @Message("每行一个，如 com.umeng")
    String prefixes_hint();

    @Message("签名（SHA-256）")
    String signatures();

    @Message("版本")
    String versions();

    @Message("每行一个")
    String one_per_line();

    @Message("嵌入的应用数")
    String app_count();

    @Message("状态")
    String status();

    @Message("{#if active}有效{#else}已停用{/if}")
    String active(boolean active);

    @Message("登记SDK")
    String register_title();

    @Message("登记")
    String register();

    @Message("已保存。")
    String saved();

    @Message("嵌入该SDK的应用")
    String apps_title();

    @Message("版本 {version}")
    String version_heading(String version);

    @Message("版本未知")
    String version_unknown();

    @Message("暂无已知嵌入该版本的应用。")
    String apps_none();

    @Message("应用")
    String app();

    @Message("运营者")
    String operator();

    @Message("应用版本")
    String app_versions();

    @Message("最近发现")
    String last_seen();

    @Message("一键起草后续整改通报")
    String follow_up_title();

    @Message("为嵌入所选版本的每个应用各列一项，要求其运营者更新或移除该SDK；起草后在通报页面编辑和送审。")
    String follow_up_intro();

    @Message("问题（可多选）")
    String problems();

    @Message("起草整改通报")
    String follow_up();

    @Message("应用内的SDK")
    String in_app_title();

    @Message("检测尚未在该应用中发现已登记的SDK。")
    String in_app_none();

    @Message("← 第三方SDK登记")
    String back();
}
