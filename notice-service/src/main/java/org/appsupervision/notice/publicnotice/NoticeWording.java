package org.appsupervision.notice.publicnotice;

import java.time.LocalDate;
import org.appsupervision.notice.notice.NoticeKind;

/**
 * The wording of a notice that depends on its kind and publication date, as the real notices put it: the legal basis
 * (the Personal Information Protection Law only from its entry into force on 2021-11-01; takedowns of app stores on
 * the 2016 rules on preinstallation and distribution, 工信部信管〔2016〕407号) and, in takedown notices under that law,
 * the instruction to the provincial bureaus to penalise serious violators.
 */
public final class NoticeWording {

    /** The Personal Information Protection Law (个人信息保护法) is in force from this day. */
    public static final LocalDate PIPL_IN_FORCE = LocalDate.of(2021, 11, 1);

    static final String CYBERSECURITY_LAW = "《中华人民共和国网络安全法》";
    static final String PIPL = "《中华人民共和国个人信息保护法》";
    static final String RULES_407 = "《移动智能终端应用软件预置和分发管理暂行规定》（工信部信管〔2016〕407号）";
    static final String USER_INFORMATION_RULES = "《电信和互联网用户个人信息保护规定》";
    static final String BUREAU_PENALTY_INSTRUCTION =
            "针对部分违规情节严重、拒不整改的APP，属地通信管理局应对APP运营主体依法予以行政处罚。";

    private NoticeWording() {
    }

    /** The laws and rules the notice names after 依据. */
    public static String legalBasis(NoticeKind kind, LocalDate publishedOn) {
        boolean pipl = !publishedOn.isBefore(PIPL_IN_FORCE);
        if (kind == NoticeKind.TAKEDOWN) {
            return pipl ? CYBERSECURITY_LAW + PIPL : CYBERSECURITY_LAW + RULES_407;
        }
        return CYBERSECURITY_LAW + (pipl ? PIPL : "") + USER_INFORMATION_RULES;
    }

    /** The instruction to the bureaus of the operators' provinces, or null where the notice gives none. */
    public static String bureauPenaltyInstruction(NoticeKind kind, LocalDate publishedOn) {
        return kind == NoticeKind.TAKEDOWN && !publishedOn.isBefore(PIPL_IN_FORCE) ? BUREAU_PENALTY_INSTRUCTION : null;
    }
}
