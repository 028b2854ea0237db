package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.portal.api.MayBeNull;

/** A legal basis with its penalties and caps for ordinary and serious cases, as the decision form shows them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegalBasis(String code, String citation, boolean verified, LocalDate effectiveFrom,
        @MayBeNull LocalDate effectiveTo, List<String> ordinaryPenalties, List<String> seriousPenalties,
        @MayBeNull BigDecimal ordinaryFineCap, @MayBeNull BigDecimal seriousFineCap,
        @MayBeNull BigDecimal seriousTurnoverPercent, @MayBeNull BigDecimal gainsMultipleMin,
        @MayBeNull BigDecimal gainsMultipleMax, @MayBeNull BigDecimal personMinOrdinary,
        @MayBeNull BigDecimal personMaxOrdinary, @MayBeNull BigDecimal personMinSerious,
        @MayBeNull BigDecimal personMaxSerious) {
}
