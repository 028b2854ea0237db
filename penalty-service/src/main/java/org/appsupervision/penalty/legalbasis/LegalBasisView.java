package org.appsupervision.penalty.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A legal basis as the API shows it. */
public record LegalBasisView(String code, String citation, String lawEn, LocalDate effectiveFrom, LocalDate effectiveTo,
        boolean verified, List<String> ordinaryPenalties, List<String> seriousPenalties, BigDecimal ordinaryFineCap,
        BigDecimal seriousFineCap, BigDecimal seriousTurnoverPercent, BigDecimal gainsMultipleMin,
        BigDecimal gainsMultipleMax, BigDecimal personMinOrdinary, BigDecimal personMaxOrdinary,
        BigDecimal personMinSerious, BigDecimal personMaxSerious, String note) {

    public static LegalBasisView of(LegalBasis b) {
        return new LegalBasisView(b.code, b.citation(), b.lawEn, b.effectiveFrom, b.effectiveTo, b.verified,
                split(b.ordinaryPenalties), split(b.seriousPenalties), b.ordinaryFineCap, b.seriousFineCap,
                b.seriousTurnoverPercent, b.gainsMultipleMin, b.gainsMultipleMax, b.personMinOrdinary,
                b.personMaxOrdinary, b.personMinSerious, b.personMaxSerious, b.note);
    }

    static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.split(","));
    }
}
