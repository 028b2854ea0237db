package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A bureau filed (立案) a penalty case, from a proposal or by hand.
 *
 * @param chainId the chain of the facts, or null for a case opened by hand without a link
 * @param subjectKind OPERATOR or STORE
 */
public record CaseOpened(
        UUID caseId,
        UUID chainId,
        String caseNumber,
        String bureauProvinceCode,
        String subjectKind,
        String subjectName,
        String subjectCode,
        UUID proposalId,
        Instant openedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
