package org.appsupervision.notice.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as officials triage it. {@code contact} only for officials (null for admins, auditors and in lists);
 * {@code contactErased} says the retention period ended and contact, address hash and screenshots are gone.
 */
public record ComplaintView(UUID id, String trackingNumber, String appName, String packageName,
        String operatorProvince, String store, List<String> problems, String description, ComplaintStatus status,
        Instant receivedAt, Instant reviewedAt, Instant closedAt, String handledBy, UUID mergedInto,
        String rejectionReason, Long findingId, int repeats, int screenshotCount, ComplaintRequest.Contact contact,
        boolean contactErased) {

    /** Merge a complaint into another (the one that stays open). */
    public record MergeRequest(@NotNull UUID intoId) {
    }

    /** Reject a complaint; the reason is shown on the public status page, so it names no person. */
    public record RejectionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /**
     * Turn this complaint and {@code alsoIds} (same app) into one finding of a new batch of kind COMPLAINTS. The app
     * must be registered ({@code packageName} names it when the complaint did not); {@code version} is the version
     * tested, {@code evidence} what the official confirmed.
     */
    public record FindingRequest(@Size(max = 50) List<UUID> alsoIds, @Size(max = 255) String packageName,
            @NotBlank @Size(max = 100) String version, @Size(max = 2000) String evidence) {
    }

    /** The finding a complaint was turned into, and the complaint now. */
    public record Turned(long findingId, ComplaintView complaint) {
    }

    /** Attach a complaint as evidence to an existing finding. */
    public record EvidenceRequest(@NotNull Long findingId) {
    }
}
