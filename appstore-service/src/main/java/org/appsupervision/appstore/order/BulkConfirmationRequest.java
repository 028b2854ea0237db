package org.appsupervision.appstore.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Several confirmations at once (at most 500); each item is answered on its own. */
public record BulkConfirmationRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid Item> items) {

    /** The evidence for one order. */
    public record Item(
            @NotNull UUID orderId,
            @NotNull @PastOrPresent Instant removedAt,
            @Size(max = 2000) String listingReference,
            @Size(max = 4000) String note) {

        ConfirmationRequest evidence() {
            return new ConfirmationRequest(removedAt, listingReference, note);
        }
    }

    /** The answer per item: the order when it was confirmed, otherwise the problem that kept it from being. */
    public record Result(UUID orderId, int status, OrderView order, String problemType, String detail) {
    }

    /** All answers, in the order of the request. */
    public record Results(int confirmed, int failed, List<Result> results) {
    }
}
