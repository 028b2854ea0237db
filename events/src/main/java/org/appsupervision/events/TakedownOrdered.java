package org.appsupervision.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published takedown notice orders every store that lists the app to take it down.
 * One event per notice item (one app); the aggregate is the notice item.
 *
 * @param storeCodes the stores named by the notice for this app; empty means every registered store
 * @param refusedRectification the operator was notified before and did not rectify (grounds for a penalty case)
 */
public record TakedownOrdered(
        UUID noticeId,
        String noticeTitle,
        UUID itemId,
        UUID chainId,
        Instant publishedAt,
        App app,
        Operator operator,
        List<String> problemCodes,
        List<String> storeCodes,
        boolean refusedRectification) implements ChainEvent {

    public record App(String name, String packageName, String version) {
    }

    /** The app's operator; provinceCode is the GB/T 2260 code taken from its credit code. */
    public record Operator(String name, String creditCode, String provinceCode) {
    }

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
