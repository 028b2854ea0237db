package org.appsupervision.events;

import java.util.UUID;

/**
 * An event of the supervision chain: it names the aggregate it belongs to (the Kafka record key)
 * and the chain that ties a finding to its notice item, orders and case.
 */
public interface ChainEvent {

    /** Identifier of the aggregate whose state changed; used as the record key so per-aggregate order holds. */
    String aggregateId();

    /** Identifier of the chain this event belongs to (one per notice item, carried by its orders and cases). */
    UUID chainId();

    /** The event type, the record's simple name (past tense). */
    default String eventType() {
        return getClass().getSimpleName();
    }

    /** Version of the event's schema; only additive changes happen within a version. */
    default int schemaVersion() {
        return 1;
    }
}
