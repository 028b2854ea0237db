package org.appsupervision.appstore.enterprise;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order for one of the enterprise's apps at one store, as the enterprise sees it: what was ordered (TAKEDOWN or
 * REINSTATEMENT) under which notice, its {@code status} (PENDING, ACKNOWLEDGED, OBJECTED, CONFIRMED, WITHDRAWN, or
 * UNDELIVERABLE with the reason when the store could not be ordered), {@code overdue} once the store's clock ran out
 * unconfirmed, what the channel must do ({@code requiredAction}, with a handset maker's {@code modelLines}), {@code lifted} once the app's takedown under that item was lifted, and the times. Nothing internal:
 * no store's notes, listing references, objection texts or officials' names.
 */
public record EnterpriseOrderView(UUID id, String kind, UUID noticeId, UUID itemId, UUID chainId, String noticeTitle,
        String appName, String packageName, String appVersion, String storeCode, String status, boolean overdue,
        boolean lifted, Instant orderedAt, Instant deadline, Instant acknowledgedAt, Instant objectedAt,
        String objectionOutcome, Instant confirmedAt, Instant removedAt, String undeliverableReason,
        String channelKind, String requiredAction,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> modelLines) {
}
