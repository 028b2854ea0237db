package org.appsupervision.penalty.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.legalbasis.PenaltyItem;

/**
 * Renders the prior notice (行政处罚事先告知书, 行政处罚法第四十四条) and the decision
 * (行政处罚决定书, 第五十九条) in Chinese, with every element the law requires.
 */
public final class DocumentRenderer {

    private DocumentRenderer() {
    }

    /** What both documents state about the case. */
    public record CaseFacts(String bureauName, String caseNumber, String subjectName, String subjectCode,
            String subjectAddress, String facts, String findings) {
    }

    public static String priorNotice(CaseFacts c, String number, LocalDate issuedOn, String citation,
            List<PenaltyItem> penalties, String reasons, LocalDate hearingRequestDue) {
        StringBuilder d = header(c, "行政处罚事先告知书", number);
        d.append(c.subjectName()).append("：\n\n");
        d.append("本机关于").append(date(issuedOn)).append("前对你（单位）立案调查的").append(c.caseNumber())
                .append("一案，经调查，现将拟作出行政处罚的事实、理由、依据及处罚内容告知如下：\n\n");
        facts(d, c);
        d.append("二、理由：").append(orDash(reasons)).append("\n\n");
        d.append("三、依据：").append(citation).append("\n\n");
        d.append("四、拟作出的行政处罚：\n");
        penalties(d, penalties);
        d.append("\n五、你（单位）依法享有的权利：根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，")
                .append("你（单位）有权进行陈述和申辩；对拟作出的行政处罚，有权要求举行听证。")
                .append("要求听证的，应当在收到本告知书之日起五个工作日内（即").append(date(hearingRequestDue))
                .append("前）向本机关提出；逾期未提出的，视为放弃上述权利。本机关不因你（单位）陈述、申辩而给予更重的处罚。\n\n");
        return footer(d, c, issuedOn);
    }

    public static String decision(CaseFacts c, String number, LocalDate decidedOn, String citation,
            List<PenaltyItem> penalties, String reasons, String defence, String hearingRecord, BigDecimal totalFine) {
        StringBuilder d = header(c, "行政处罚决定书", number);
        d.append("当事人：").append(c.subjectName()).append("\n");
        d.append("统一社会信用代码/标识：").append(c.subjectCode()).append("\n");
        d.append("地址：").append(orDash(c.subjectAddress())).append("\n\n");
        facts(d, c);
        d.append("二、当事人陈述、申辩及听证情况：").append(defence == null ? "当事人在法定期限内未提出陈述、申辩。" : defence);
        if (hearingRecord != null) {
            d.append("听证情况：").append(hearingRecord);
        }
        d.append("\n\n三、理由及依据：").append(orDash(reasons)).append("依据").append(citation).append("的规定，本机关决定：\n");
        penalties(d, penalties);
        d.append("\n四、履行方式和期限：");
        if (totalFine != null && totalFine.signum() > 0) {
            d.append("罚款合计人民币").append(money(totalFine)).append("元，当事人应当自收到本决定书之日起十五日内")
                    .append("到指定的银行或者通过电子支付系统缴纳。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，")
                    .append("加处罚款的数额不超过罚款数额（《中华人民共和国行政处罚法》第六十七条、第七十二条）。\n\n");
        } else {
            d.append("当事人应当自收到本决定书之日起履行上述决定。\n\n");
        }
        d.append("五、救济途径和期限：如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，")
                .append("或者在六个月内依法向人民法院提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。\n\n");
        return footer(d, c, decidedOn);
    }

    private static StringBuilder header(CaseFacts c, String title, String number) {
        return new StringBuilder().append(c.bureauName()).append('\n').append(title).append('\n')
                .append(number).append("\n\n");
    }

    private static void facts(StringBuilder d, CaseFacts c) {
        d.append("一、违法事实和证据：").append(c.facts());
        if (c.findings() != null) {
            d.append("经调查查明：").append(c.findings());
        }
        d.append("\n\n");
    }

    private static void penalties(StringBuilder d, List<PenaltyItem> penalties) {
        int i = 1;
        for (PenaltyItem p : penalties) {
            d.append("  ").append(i++).append(". ").append(p.type().zh());
            if (p.amountCny() != null) {
                d.append("人民币").append(money(p.amountCny())).append("元");
            }
            if (p.note() != null && !p.note().isBlank()) {
                d.append("（").append(p.note()).append("）");
            }
            d.append("；\n");
        }
    }

    private static String footer(StringBuilder d, CaseFacts c, LocalDate on) {
        return d.append(c.bureauName()).append("（印章）\n").append(date(on)).append('\n').toString();
    }

    static String money(BigDecimal amount) {
        return String.format("%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "——" : text;
    }
}
