package org.appsupervision.appstore.store;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An admin's registration or change of a channel (an app store or a handset maker); {@code code} and {@code kind}
 * (default APP_STORE) are fixed once registered.
 */
public record StoreRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,31}", message = "must be 2 to 32 lower-case letters, digits or '-'")
        String code,
        @NotBlank @Size(max = 200) String nameZh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String company,
        @Size(min = 18, max = 18) String companyCreditCode,
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit GB/T 2260 province code") String provinceCode,
        @Size(max = 20) List<@NotNull @Valid Contact> contacts,
        @Valid Webhook webhook,
        Boolean active,
        @Schema(description = "APP_STORE (default) or HANDSET_MAKER; cannot change after registration")
        ChannelKind kind) {

    /** Someone at the store the ministry can reach. */
    public record Contact(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String role,
            @Size(max = 50) String phone,
            @Email @Size(max = 200) String email) {
    }

    /**
     * Where new orders are pushed: an https URL whose host has only public addresses (checked here and before
     * every push); the secret, {@code whsec_} and the base64 of a 24 to 64 byte random key (Standard Webhooks),
     * signs them and is never shown again.
     */
    public record Webhook(
            @NotBlank @Size(max = 2000) String url,
            @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") @Size(max = 200) String secret,
            boolean enabled) {
    }
}
