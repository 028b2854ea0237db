package org.appsupervision.portal.registration;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the enterprise registration pages and the verification queue, Chinese by default; the English texts
 * are in {@code messages/reg_en.properties}. Templates use them as {@code reg:key}.
 */
@MessageBundle(value = "reg", locale = "zh")
public interface RegistrationMessages {

    @Message("企业注册 / Enterprise registration")
    String login_link();

    @Message("企业注册")
    String title();

    @Message("APP运营主体在此注册企业账户：填写企业信息和联系人，上传加盖公章的授权委托书（PDF、PNG或JPEG，不超过5 MB）。企业统一社会信用代码所在省的通信管理局（或工业和信息化部）审核通过后，即可用所设用户名和密码登录。")
    String intro();

    @Message("{#when f}{#is 'companyName'}企业名称{#is 'creditCode'}统一社会信用代码{#is 'contactName'}联系人{#is 'contactPhone'}联系电话{#is 'contactEmail'}电子邮箱{#is 'username'}用户名（小写字母、数字、点、横线）{#is 'password'}密码（至少12位，含字母和数字）{#is 'letter'}授权委托书（PDF、PNG或JPEG，不超过5 MB）{#else}{f}{/when}")
    String field(String f);

    @Message("提交注册")
    String submit();

    @Message("请更正以下各项：")
    String fix_these();

    @Message("注册已提交。请保存本页地址：凭其中的查询凭证可随时查看审核结果，凭证不会再次显示。")
    String submitted();

    @Message("注册状态")
    String status_title();

    @Message("{#when s}{#is 'PENDING'}待审核{#is 'VERIFIED'}已通过{#is 'REJECTED'}未通过{#else}{s}{/when}")
    String status(String s);

    @Message("审核通过：请用注册时设置的用户名和密码登录。")
    String verified_hint();

    @Message("未通过原因")
    String reason();

    @Message("提交时间")
    String submitted_at();

    @Message("审核时间")
    String decided_at();

    @Message("企业注册审核")
    String nav_queue();

    @Message("企业注册审核")
    String queue_title();

    @Message("全部")
    String all();

    @Message("筛选")
    String filter();

    @Message("暂无注册。")
    String empty();

    @Message("下一页")
    String next_page();

    @Message("省份")
    String province();

    @Message("状态")
    String state();

    @Message("授权委托书")
    String letter();

    @Message("下载授权委托书")
    String download();

    @Message("审核通过并开通企业账户")
    String verify();

    @Message("驳回")
    String reject();

    @Message("驳回原因（注册企业可见）")
    String reject_reason();

    @Message("{#when d}{#is 'verified'}已审核通过，企业账户已开通。{#is 'rejected'}已驳回。{#else}{/when}")
    String done(String d);

    @Message("审核人")
    String decided_by();
}
