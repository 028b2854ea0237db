package org.appsupervision.penalty.legalbasis;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One penalty of a prior notice or a decision.
 *
 * @param note for a responsible person's fine, the person's name and post
 */
public record PenaltyItem(@NotNull PenaltyType type, @DecimalMin("0.00") BigDecimal amountCny, @Size(max = 500) String note) {
}
