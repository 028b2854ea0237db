package org.appsupervision.portal.verify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public document verification page, Chinese by default; the English texts are in
 * {@code messages/verify_en.properties}. Templates use them as {@code verify:key}.
 */
@MessageBundle(value = "verify", locale = "zh")
public interface VerifyMessages {

    @Message("文书核验")
    String nav_verify();

    @Message("文书核验")
    String title();

    @Message("上传通信管理局签发的行政处罚文书（PDF），核验它是否为本系统签发、签发后是否被改动、由谁于何时签发；也可按文书编号查询。")
    String intro();

    @Message("上传PDF文件")
    String upload_legend();

    @Message("PDF文件（不超过10 MB）")
    String file_label();

    @Message("核验")
    String verify_button();

    @Message("按文书编号查询")
    String number_legend();

    @Message("文书编号，如 京通罚〔2026〕1号")
    String number_label();

    @Message("查询")
    String search_button();

    @Message("核验结果")
    String result_title();

    @Message("没有此编号的已签发文书。")
    String number_none();

    @Message("请选择一个PDF文件。")
    String no_file();

    @Message("文件超过10 MB，无法核验。")
    String too_large();

    @Message("文书编号")
    String number();

    @Message("文书")
    String kind();

    @Message("签发机关")
    String issuer();

    @Message("签名证书")
    String signer();

    @Message("证书指纹（SHA-256）")
    String certificate();

    @Message("签名时间")
    String signed_at();

    @Message("送达日期")
    String served_on();

    @Message("文件指纹（SHA-256）")
    String pdf_sha256();

    @Message("替代")
    String replaces();

    @Message("已被替代为")
    String replaced_by();

    @Message("文件中的签名")
    String signatures();

    @Message("签名有效，覆盖全部内容")
    String signature_intact();

    @Message("签名与内容不符")
    String signature_broken();

    @Message("下载事先告知书（签名PDF）")
    String download_prior_notice();

    @Message("下载处罚决定书（签名PDF）")
    String download_decision();

    @Message("服务暂不可用，请稍后再试。")
    String unavailable();
}
