package org.appsupervision.penalty.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The seeded legal bases (V4 migration) as plain objects for unit tests. */
final class LegalBases {

    private LegalBases() {
    }

    static LegalBasis pipl66() {
        LegalBasis b = new LegalBasis();
        b.code = "PIPL-66";
        b.lawZh = "中华人民共和国个人信息保护法";
        b.article = "第六十六条";
        b.effectiveFrom = LocalDate.of(2021, 11, 1);
        b.verified = true;
        b.ordinaryPenalties = "WARNING,CONFISCATION,SUSPENSION,FINE,RESPONSIBLE_PERSON_FINE";
        b.seriousPenalties = "BUSINESS_OVERHAUL,REVOCATION_REFERRAL";
        b.ordinaryFineCap = new BigDecimal("1000000");
        b.seriousFineCap = new BigDecimal("50000000");
        b.seriousTurnoverPercent = new BigDecimal("5");
        b.personMinOrdinary = new BigDecimal("10000");
        b.personMaxOrdinary = new BigDecimal("100000");
        b.personMinSerious = new BigDecimal("100000");
        b.personMaxSerious = new BigDecimal("1000000");
        return b;
    }

    static LegalBasis csl64of2017() {
        LegalBasis b = new LegalBasis();
        b.code = "CSL-64-2017";
        b.lawZh = "中华人民共和国网络安全法";
        b.article = "第六十四条";
        b.effectiveFrom = LocalDate.of(2017, 6, 1);
        b.effectiveTo = LocalDate.of(2025, 12, 31);
        b.verified = true;
        b.ordinaryPenalties = "WARNING,CONFISCATION,FINE,RESPONSIBLE_PERSON_FINE";
        b.seriousPenalties = "SUSPENSION,BUSINESS_OVERHAUL,REVOCATION_REFERRAL";
        b.ordinaryFineCap = new BigDecimal("1000000");
        b.gainsMultipleMin = BigDecimal.ONE;
        b.gainsMultipleMax = BigDecimal.TEN;
        b.personMinOrdinary = new BigDecimal("10000");
        b.personMaxOrdinary = new BigDecimal("100000");
        b.personMinSerious = new BigDecimal("10000");
        b.personMaxSerious = new BigDecimal("100000");
        return b;
    }

    static LegalBasis csl64of2026Unverified() {
        LegalBasis b = csl64of2017();
        b.code = "CSL-64-2026";
        b.effectiveFrom = LocalDate.of(2026, 1, 1);
        b.effectiveTo = null;
        b.verified = false;
        b.ordinaryFineCap = null;
        b.gainsMultipleMin = null;
        b.gainsMultipleMax = null;
        return b;
    }
}
