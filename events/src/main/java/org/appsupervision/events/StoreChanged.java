package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A store was registered, changed or deactivated in appstore-service's registry; other services
 * keep their copy of the store list in step from these events.
 *
 * @param change REGISTERED, UPDATED or DEACTIVATED
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
        Instant changedAt) implements ChainEvent {

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
