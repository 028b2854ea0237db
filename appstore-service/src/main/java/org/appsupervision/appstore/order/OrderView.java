package org.appsupervision.appstore.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.appstore.store.ChannelKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order as channels and officials see it. {@code overdue} is true once its clock ran out unconfirmed;
 * {@code requiredAction} says what the channel must do (REMOVE_LISTING for an app store, REMOVE_PREINSTALLATION for
 * a handset maker, which also gets the {@code modelLines} that preinstall the app).
 */
public record OrderView(
        UUID id,
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String noticeTitle,
        String appName,
        String packageName,
        String appVersion,
        String operatorName,
        String storeCode,
        OrderStatus status,
        boolean overdue,
        Instant orderedAt,
        Instant deadline,
        Instant confirmedAt,
        Instant removedAt,
        String listingReference,
        String note,
        OrderKind kind,
        Instant acknowledgedAt,
        Objection objection,
        ChannelKind channelKind,
        String requiredAction,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> modelLines) {

    /** A store's objection and, once decided, the officials' answer. */
    public record Objection(ObjectionReason reasonCode, String reasonText, Instant objectedAt,
            ObjectionOutcome outcome, Instant decidedAt, String decisionNote) {
    }

    public static OrderView of(TakedownOrder o) {
        Objection objection = o.objectedAt == null ? null : new Objection(o.objectionReason, o.objectionText,
                o.objectedAt, o.objectionOutcome, o.objectionDecidedAt, o.objectionDecisionNote);
        return new OrderView(o.id, o.noticeId, o.itemId, o.chainId, o.noticeTitle, o.appName, o.packageName,
                o.appVersion, o.operatorName, o.storeCode, o.status, o.overdueAt != null, o.orderedAt, o.deadline,
                o.confirmedAt, o.removedAt, o.listingReference, o.note, o.kind, o.acknowledgedAt, objection,
                o.channelKind, o.channelKind.requiredAction(),
                o.channelKind == ChannelKind.HANDSET_MAKER ? List.copyOf(o.modelLines == null ? List.of() : o.modelLines)
                        : null);
    }

    /**
     * One page of orders, the cursor of the next page (null on the last page), and the cursor to
     * poll from later for orders that arrive after this page (null only when nothing was ever seen).
     */
    @Schema(name = "OrderPage")
    public record Page(List<OrderView> orders, String next, String resumeAfter) {

        public Page(List<OrderView> orders, String next) {
            this(orders, next, next);
        }
    }
}
