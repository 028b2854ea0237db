package org.appsupervision.appstore.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook push: HMAC-SHA256 with the store's secret over the timestamp, a dot and
 * the body, hex-encoded and prefixed {@code v1=}; the store recomputes it and rejects stale timestamps.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Webhook-Signature";
    public static final String ID_HEADER = "Webhook-Id";

    private WebhookSignature() {
    }

    public static String sign(String secret, long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
