package org.appsupervision.portal.duallist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the dual-list pages (双清单), Chinese by default; the English texts are in
 * {@code messages/duallist_en.properties}. Templates use them as {@code dl:key}.
 */
@MessageBundle(value = "dl", locale = "zh")
public interface DualListMessages {

    @Message("双清单")
    String nav_dual_lists();

    @Message("双清单")
    String title();

    @Message("按应用版本填报个人信息收集清单和第三方共享清单。草稿可以反复修改；发布后该版本不可再改，之后的修改成为新的版本，旧版本仍可查阅。")
    String enterprise_intro();

    @Message("检测发现的个人信息收集和共享行为与运营者公布的双清单（该应用版本最新发布的版本）对照：清单未声明的行为标为“未声明”。")
    String check_intro();

    @Message("应用")
    String app();

    @Message("应用版本")
    String app_version();

    @Message("已发布清单版本")
    String published_version();

    @Message("草稿")
    String draft();

    @Message("无")
    String none();

    @Message("编辑草稿")
    String edit_draft();

    @Message("新建草稿")
    String new_draft();

    @Message("查看对照")
    String open_check();

    @Message("您名下还没有应用。")
    String no_apps();

    @Message("个人信息收集清单")
    String collected();

    @Message("第三方共享清单")
    String shared();

    @Message("信息种类")
    String kind();

    @Message("使用目的")
    String purpose();

    @Message("使用场景")
    String scenario();

    @Message("接收方")
    String recipient();

    @Message("共享方式")
    String method();

    @Message("每行一项：种类代码 | 使用目的 | 使用场景")
    String collected_help();

    @Message("每行一项：接收方 | 种类代码 | 使用目的 | 使用场景 | 共享方式")
    String shared_help();

    @Message("保存草稿")
    String save();

    @Message("发布此版本")
    String publish();

    @Message("发布后此清单版本不可再修改。")
    String publish_warning();

    @Message("草稿已保存。")
    String saved();

    @Message("清单版本已发布。")
    String published();

    @Message("第{line}行应有{count}项，以“|”分隔")
    String line_fields(int line, int count);

    @Message("版本历史")
    String history();

    @Message("版本")
    String version();

    @Message("状态")
    String status();

    @Message("{#when status}{#is 'PUBLISHED'}已发布{#else}草稿{/when}")
    String status_name(String status);

    @Message("发布时间")
    String published_at();

    @Message("检测发现")
    String observed();

    @Message("行为")
    String activity();

    @Message("{#when activity}{#is 'SHARED'}共享{#else}收集{/when}")
    String activity_name(String activity);

    @Message("对照结果")
    String judgement();

    @Message("已声明")
    String disclosed();

    @Message("未声明")
    String undisclosed();

    @Message("{#when reason}{#is 'no dual list'}该版本没有已发布的双清单{#else}清单未声明{/when}")
    String reason(String reason);

    @Message("该版本没有已发布的双清单。")
    String no_list();

    @Message("没有检测发现记录到数据流。")
    String no_flows();

    @Message("{count}项未声明")
    String undisclosed_count(int count);

    @Message("检测发现")
    String finding();

    @Message("还没有应用版本的双清单或检测发现。")
    String no_versions();

    @Message("个人信息种类")
    String kinds();

    @Message("代码")
    String code();

    @Message("双清单对照")
    String check_link();
}
