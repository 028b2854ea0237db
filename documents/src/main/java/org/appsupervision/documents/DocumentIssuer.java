package org.appsupervision.documents;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Issues a rendered document: names its signing certificate in the text, lays it out as PDF/A and signs it with
 * the bureau's key. The text record and the PDF's text are the same lines.
 */
public class DocumentIssuer {

    /** What was issued: the text record, the signed PDF and its SHA-256, and the key it was signed with. */
    public record Issued(String text, byte[] pdf, String pdfSha256, SigningKey key, Instant signedAt) {
    }

    private static final TimeZone CHINA = TimeZone.getTimeZone("Asia/Shanghai");
    private final PdfLayout layout;
    private final PadesSigner signer;

    public DocumentIssuer(PdfLayout layout, PadesSigner signer) {
        this.layout = layout;
        this.signer = signer;
    }

    public Issued issue(String marked, String title, String number, String bureauName, SigningKey key, Instant at) {
        String full = marked + "::note 本文书经" + bureauName + "数字签名。签名证书：" + key.subject() + "；序列号："
                + key.serial() + "；SHA-256指纹：" + key.fingerprint() + "。"
                + (key.demo() ? "（演示密钥签名，非任何机关的真实签名 / signed with a DEMO key）" : "")
                + "核验：上传本文件至公共服务门户“文书核验”页面（/verify）。\n";
        Calendar when = new GregorianCalendar(CHINA);
        when.setTimeInMillis(at.toEpochMilli());
        String named = number == null || number.isBlank() ? title : title + " " + number;
        byte[] unsigned = layout.layout(named, bureauName, full, when);
        byte[] pdf = signer.sign(unsigned, key, bureauName, named, when);
        return new Issued(DocumentLines.plain(full), pdf, SignatureCheck.sha256(pdf), key, at);
    }
}
