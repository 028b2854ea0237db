package org.appsupervision.appstore.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature checked against the Standard Webhooks specification's own Java library, not against this code. */
class WebhookSignatureTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String OTHER = "whsec_" + java.util.Base64.getEncoder().encodeToString("another-24-byte-key-0000".getBytes());

    @Test
    void signsIdTimestampAndBodyAsTheSpecificationsLibraryDoes() throws Exception {
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        String body = "{\"test\": 2432232314}";
        // The specification's test vector.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET, id, 1614265330L, body));
        assertEquals(new Webhook(SECRET).sign(id, 1614265330L, body), WebhookSignature.sign(SECRET, id, 1614265330L, body));
    }

    @Test
    void theLibraryAcceptsAFreshPushAndRefusesAnAlteredOne() {
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"TakedownOrderIssued\"}";
        String signature = WebhookSignature.header(List.of(SECRET), "d1", now, body);
        assertDoesNotThrow(() -> new Webhook(SECRET).verify(body, headers("d1", now, signature)));
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(SECRET).verify(body.replace("Takedown", "Reinstatement"), headers("d1", now, signature)));
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(SECRET).verify(body, headers("d2", now, signature)));
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(OTHER).verify(body, headers("d1", now, signature)));
    }

    @Test
    void duringARotationEitherSecretVerifiesThePush() {
        long now = Instant.now().getEpochSecond();
        String body = "{}";
        String signature = WebhookSignature.header(List.of(OTHER, SECRET), "d1", now, body);
        assertEquals(2, signature.split(" ").length);
        assertTrue(signature.startsWith("v1,"));
        assertDoesNotThrow(() -> new Webhook(SECRET).verify(body, headers("d1", now, signature)));
        assertDoesNotThrow(() -> new Webhook(OTHER).verify(body, headers("d1", now, signature)));
    }

    @Test
    void aSecretOfAnEarlierVersionKeepsItsKeyInTheWhsecForm() {
        String legacy = "hook-secret-0123456789";
        assertEquals("whsec_aG9vay1zZWNyZXQtMDEyMzQ1Njc4OQ==", WebhookSecret.fromLegacy(legacy));
        assertEquals(legacy, new String(WebhookSecret.key(WebhookSecret.fromLegacy(legacy))));
        assertEquals(SECRET, WebhookSecret.fromLegacy(SECRET));
        assertEquals(WebhookSignature.sign(WebhookSecret.fromLegacy(legacy), "d1", 1614265330L, "{}"),
                WebhookSignature.sign(legacy, "d1", 1614265330L, "{}"));
    }

    static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
