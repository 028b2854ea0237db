package org.appsupervision.appstore.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook push by the Standard Webhooks specification: HMAC-SHA256 with the key of a
 * {@code whsec_} secret over {@code id.timestamp.body}, sent as {@code v1,<base64>}; while a rotated secret is
 * still valid, one such entry per secret, separated by spaces.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private WebhookSignature() {
    }

    /** The {@code webhook-signature} value: one {@code v1,<base64>} entry per secret, in the given order. */
    public static String header(List<String> secrets, String id, long epochSeconds, String body) {
        return secrets.stream().map(secret -> sign(secret, id, epochSeconds, body)).collect(Collectors.joining(" "));
    }

    /** One {@code v1,<base64>} entry for a {@code whsec_} secret (a free-text one of an earlier version: its key). */
    public static String sign(String secret, String id, long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // A free-text secret can still appear while replicas of an earlier version run beside this one in a
            // rolling upgrade (the next startup migrates it): it signs with the key its whsec_ form has.
            mac.init(new SecretKeySpec(WebhookSecret.key(WebhookSecret.fromLegacy(secret)), "HmacSHA256"));
            byte[] signed = (id + "." + epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
