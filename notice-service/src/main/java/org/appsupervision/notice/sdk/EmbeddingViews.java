package org.appsupervision.notice.sdk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The records of the embeddings API: which app versions embed which SDK versions. */
public final class EmbeddingViews {

    private EmbeddingViews() {
    }

    /** An SDK found in an app: the SDK's versions seen, the app versions they were seen in, and when last. */
    public record AppSdk(String code, String nameZh, String nameEn, String providerName, List<String> versions,
            List<String> appVersions, Instant lastSeen) {
    }

    /** An app known to embed an SDK, with its operator (the party that must update or remove the SDK). */
    public record EmbeddingApp(String packageName, String appName, String operatorName, String operatorCreditCode,
            List<String> sdkVersions, List<String> appVersions, Instant lastSeen) {
    }

    /** Detection's inventory of one app version: it replaces what the last inventory of that version said. */
    public record InventoryRequest(
            @NotBlank @Size(max = 200) String appVersion,
            @NotNull @Size(max = 500) List<@NotNull @Valid Entry> sdks) {

        /** One SDK of the inventory; {@code version} may be left out when detection could not tell it. */
        public record Entry(
                @NotNull @Pattern(regexp = SdkRequest.CODE, message = "is not an SDK code") String sdk,
                @Pattern(regexp = SdkRequest.VERSION, message = SdkRequest.VERSION_MESSAGE) String version) {
        }
    }

    /**
     * The follow-up of an SDK found at fault: a rectification draft naming every app known to embed one of
     * {@code versions} (all its versions when left out or empty), each with {@code problemCodes}.
     */
    public record FollowUpRequest(
            @Size(max = 500) List<@NotNull @Pattern(regexp = SdkRequest.VERSION,
                    message = SdkRequest.VERSION_MESSAGE) String> versions,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Size(max = 100) String> problemCodes,
            @Size(max = 300) String title,
            @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(90) Integer rectificationDays) {
    }
}
