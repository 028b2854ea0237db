package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/** The takedown of a notice item's app was lifted (the app was cleared); stores that removed it reinstate it. */
public record TakedownLifted(
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String packageName,
        String appName,
        String reason,
        String liftedBy,
        Instant liftedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
