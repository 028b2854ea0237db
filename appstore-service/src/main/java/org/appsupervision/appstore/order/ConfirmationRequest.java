package org.appsupervision.appstore.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A store's evidence that it removed the app: when, where it was listed, and a note. */
public record ConfirmationRequest(
        @NotNull @PastOrPresent Instant removedAt,
        @Size(max = 2000) String listingReference,
        @Size(max = 4000) String note) {
}
