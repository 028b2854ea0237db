package org.appsupervision.appstore.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps webhook secrets encrypted at rest (AES-256-GCM under {@code appstore.webhook.secret-key}), since
 * the service must read them back to sign pushes; a value stored before encryption reads as it is.
 */
@Converter
public class WebhookSecretCipher implements AttributeConverter<String, String> {

    /** Marks an encrypted value: version 1, base64 of a 12-byte nonce followed by ciphertext and tag. */
    static final String PREFIX = "v1:";
    static final String KEY_PROPERTY = "appstore.webhook.secret-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether a key is configured, so secrets can be stored. */
    public static boolean available() {
        return key().isPresent();
    }

    static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    @Override
    public String convertToDatabaseColumn(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requiredKey(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Webhook secret cannot be encrypted", e);
        }
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (!isEncrypted(stored)) {
            return stored;
        }
        try {
            byte[] raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requiredKey(), new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            return new String(cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Webhook secret cannot be decrypted with the configured key", e);
        }
    }

    private static SecretKey requiredKey() {
        return key().orElseThrow(() -> new IllegalStateException(KEY_PROPERTY + " is not set"));
    }

    private static Optional<SecretKey> key() {
        return ConfigProvider.getConfig().getOptionalValue(KEY_PROPERTY, String.class).map(encoded -> {
            byte[] bytes = Base64.getDecoder().decode(encoded.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException(KEY_PROPERTY + " must be 32 bytes, base64-encoded");
            }
            return new SecretKeySpec(bytes, "AES");
        });
    }
}
