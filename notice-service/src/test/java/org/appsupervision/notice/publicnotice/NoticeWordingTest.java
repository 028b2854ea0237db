package org.appsupervision.notice.publicnotice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.notice.notice.ReportingAuthority;
import org.junit.jupiter.api.Test;

/** The wording per kind and date, and the order of the annexes, as the real notices have them. */
class NoticeWordingTest {

    @Test
    void takedownsCiteThePersonalInformationProtectionLawFromItsEntryIntoForceAndThe407RulesBefore() {
        assertEquals("《中华人民共和国网络安全法》《移动智能终端应用软件预置和分发管理暂行规定》（工信部信管〔2016〕407号）",
                NoticeWording.legalBasis(NoticeKind.TAKEDOWN, LocalDate.of(2021, 10, 31)));
        assertEquals("《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》",
                NoticeWording.legalBasis(NoticeKind.TAKEDOWN, LocalDate.of(2021, 11, 1)));
    }

    @Test
    void rectificationNoticesCiteTheUserInformationRulesAndTheLawOnlyOnceInForce() {
        assertEquals("《中华人民共和国网络安全法》《电信和互联网用户个人信息保护规定》",
                NoticeWording.legalBasis(NoticeKind.RECHECK, LocalDate.of(2021, 7, 1)));
        assertEquals("《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》《电信和互联网用户个人信息保护规定》",
                NoticeWording.legalBasis(NoticeKind.RECTIFICATION, LocalDate.of(2021, 11, 3)));
    }

    @Test
    void onlyTakedownsUnderThePersonalInformationProtectionLawInstructTheBureausToPenalise() {
        assertEquals("针对部分违规情节严重、拒不整改的APP，属地通信管理局应对APP运营主体依法予以行政处罚。",
                NoticeWording.bureauPenaltyInstruction(NoticeKind.TAKEDOWN, LocalDate.of(2021, 12, 9)));
        assertNull(NoticeWording.bureauPenaltyInstruction(NoticeKind.TAKEDOWN, LocalDate.of(2020, 12, 22)));
        assertNull(NoticeWording.bureauPenaltyInstruction(NoticeKind.RECHECK, LocalDate.of(2021, 12, 9)));
    }

    @Test
    void theMinistrysAnnexComesFirstThenTheBureausByProvinceCode() {
        assertEquals(List.of("MINISTRY", "14", "21", "33", "44", "61"), Stream.of("61", "44", "MINISTRY", "33", "14", "21")
                .sorted(ReportingAuthority.ANNEX_ORDER).toList());
    }

    @Test
    void annexesAreNumberedOnlyWhenThereIsMoreThanOne() {
        PublicNoticeView.Row row = new PublicNoticeView.Row(7, "豆瓣", "北京豆网科技有限公司", "华为应用市场", "7.18.0", "超范围收集个人信息");
        List<PublicNoticeView.Annex> one = NoticeAnnexes.of(NoticeKind.TAKEDOWN,
                List.of(new NoticeAnnexes.AuthoredRow("MINISTRY", "a", row)), a -> "工业和信息化部");
        assertEquals("附件", one.get(0).label());
        assertEquals(1, one.get(0).rows().get(0).number());
        List<PublicNoticeView.Annex> two = NoticeAnnexes.of(NoticeKind.TAKEDOWN, List.of(
                new NoticeAnnexes.AuthoredRow("14", "b", row), new NoticeAnnexes.AuthoredRow("MINISTRY", "a", row),
                new NoticeAnnexes.AuthoredRow("14", "b", row)), a -> a.equals("14") ? "山西省通信管理局" : "工业和信息化部");
        assertEquals(List.of("附件1", "附件2"), two.stream().map(PublicNoticeView.Annex::label).toList());
        assertEquals("山西省通信管理局下架的应用软件名单", two.get(1).heading());
        assertEquals(1, two.get(1).appCount(), "one app, two stores");
        assertEquals(List.of(1, 2), two.get(1).rows().stream().map(PublicNoticeView.Row::number).toList());
    }
}
