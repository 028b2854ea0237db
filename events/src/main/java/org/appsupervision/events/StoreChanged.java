package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A store was registered, changed or deactivated in appstore-service's registry; other services
 * keep their copy of the store list in step from these events.
 *
 * @param change REGISTERED, UPDATED or DEACTIVATED
 * @param kind the channel's kind, APP_STORE or HANDSET_MAKER (handset makers preinstall apps); absent in events
 *     from before channels had kinds, which means APP_STORE
 */
public record StoreChanged(
        String storeCode,
        String nameZh,
        String nameEn,
        String company,
        String companyCreditCode,
        String provinceCode,
        boolean active,
        String change,
        Instant changedAt,
        String kind) implements ChainEvent {

    /** The kind an event from before channels had kinds means. */
    public static final String APP_STORE = "APP_STORE";

    /** The channel's kind, APP_STORE when the event does not say. */
    public String kindOrDefault() {
        return kind == null ? APP_STORE : kind;
    }

    @Override
    public String aggregateId() {
        return storeCode;
    }

    /** Store events belong to no chain. */
    @Override
    public UUID chainId() {
        return null;
    }
}
