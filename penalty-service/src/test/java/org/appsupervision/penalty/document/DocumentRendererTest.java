package org.appsupervision.penalty.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.legalbasis.PenaltyItem;
import org.appsupervision.penalty.legalbasis.PenaltyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {

    static final DocumentRenderer.CaseFacts FACTS = new DocumentRenderer.CaseFacts("北京市通信管理局", "京通案〔2026〕1号",
            "北京豆网科技有限公司", "91110108551385082Q", "北京市朝阳区", "豆瓣超范围收集个人信息。", "经检测属实。");
    static final List<PenaltyItem> PENALTIES = List.of(new PenaltyItem(PenaltyType.WARNING, null, null),
            new PenaltyItem(PenaltyType.FINE, new BigDecimal("500000"), null));

    static final String DECISION = DocumentRenderer.decision(FACTS, "京通罚〔2026〕1号", LocalDate.of(2026, 3, 2),
            "《中华人民共和国个人信息保护法》第六十六条", PENALTIES, "拒不改正。", null, null, new BigDecimal("500000"));

    /** The elements of 行政处罚法第五十九条. */
    @ParameterizedTest
    @ValueSource(strings = {"行政处罚决定书", "京通罚〔2026〕1号", "北京豆网科技有限公司", "北京市朝阳区", "违法事实和证据",
            "《中华人民共和国个人信息保护法》第六十六条", "警告", "罚款人民币500,000.00元", "十五日内", "百分之三",
            "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼", "北京市通信管理局（印章）", "2026年3月2日"})
    void aDecisionStatesEveryElementTheLawRequires(String element) {
        assertTrue(DECISION.contains(element), element);
    }

    @ParameterizedTest
    @ValueSource(strings = {"行政处罚事先告知书", "拟作出的行政处罚", "陈述和申辩", "要求举行听证", "五个工作日内",
            "2026年3月9日前", "不因你（单位）陈述、申辩而给予更重的处罚", "罚款人民币500,000.00元"})
    void aPriorNoticeStatesTheIntendedPenaltyAndTheRights(String element) {
        String notice = DocumentRenderer.priorNotice(FACTS, "京通罚告〔2026〕1号", LocalDate.of(2026, 3, 2),
                "《中华人民共和国个人信息保护法》第六十六条", PENALTIES, "拒不改正。", LocalDate.of(2026, 3, 9));
        assertTrue(notice.contains(element), element);
    }

    @Test
    void theSameContentHasTheSameHash() {
        assertEquals(CaseDocuments.sha256(DECISION), CaseDocuments.sha256(DECISION));
        assertEquals(64, CaseDocuments.sha256(DECISION).length());
    }
}
