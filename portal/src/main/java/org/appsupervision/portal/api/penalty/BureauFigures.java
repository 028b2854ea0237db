package org.appsupervision.portal.api.penalty;

import java.math.BigDecimal;

/** One bureau's figures as penalty-service counts them: cases, decisions and the fines imposed. */
public record BureauFigures(String bureauProvinceCode, String bureauName, long cases, long decisions,
        BigDecimal finesImposedCny) {
}
