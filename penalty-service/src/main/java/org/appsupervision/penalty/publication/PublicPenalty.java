package org.appsupervision.penalty.publication;

import java.math.BigDecimal;
import org.appsupervision.penalty.legalbasis.PenaltyItem;
import org.appsupervision.penalty.legalbasis.PenaltyType;

/**
 * One penalty of a published decision as the public sees it: its type and amount, and for a fine on a responsible
 * person ({@code RESPONSIBLE_PERSON_FINE}) the person's name masked to its first character ({@code 张**}). The
 * penalty's free-text note is never shown: it names the person and their post, and notes of other penalties are
 * officials' text that may name anyone.
 *
 * @param person for a responsible person's fine, the masked name; null otherwise
 */
public record PublicPenalty(PenaltyType type, BigDecimal amountCny, String person) {

    /** The public form of a decided penalty. */
    public static PublicPenalty of(PenaltyItem item) {
        return new PublicPenalty(item.type(), item.amountCny(),
                item.type() == PenaltyType.RESPONSIBLE_PERSON_FINE ? MaskedName.of(item.note()) : null);
    }
}
