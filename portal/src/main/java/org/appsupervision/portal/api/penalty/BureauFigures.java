package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** One bureau's figures as penalty-service counts them: cases, decisions and the fines imposed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BureauFigures(String bureauProvinceCode, String bureauName, long cases, long decisions,
        BigDecimal finesImposedCny) {
}
