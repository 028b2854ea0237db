package org.appsupervision.appstore.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A store's webhook secret in the Standard Webhooks form {@code whsec_<base64>}: the signing key is the
 * base64-decoded part, 24 to 64 bytes.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;

    private WebhookSecret() {
    }

    /** Why {@code secret} is not a usable {@code whsec_} secret, or empty when it is. */
    public static Optional<String> problem(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.of("must be whsec_ followed by the base64 of a 24 to 64 byte random key");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.of("the part after whsec_ must be standard base64");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            return Optional.of("the key after whsec_ must be 24 to 64 bytes (it has " + key.length + ")");
        }
        return Optional.empty();
    }

    /** The signing key of a {@code whsec_} secret. */
    public static byte[] key(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a whsec_ secret");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    /**
     * The {@code whsec_} form of a secret set before the Standard Webhooks scheme (free text, whose UTF-8 bytes
     * were the HMAC key): the same key, so the store's key material does not change; a {@code whsec_} secret is
     * returned as it is.
     */
    public static String fromLegacy(String secret) {
        return secret.startsWith(PREFIX) ? secret
                : PREFIX + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    }
}
