package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A penalty case was closed and archived (结案).
 *
 * @param outcome EXECUTED, NO_PENALTY, DISMISSED or TRANSFERRED
 */
public record CaseClosed(
        UUID caseId,
        UUID chainId,
        String bureauProvinceCode,
        String outcome,
        Instant closedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
