package org.appsupervision.appstore.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheTimestampAndTheBodyWithTheStoresSecret() {
        // Reference value: printf '1614556800.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertEquals("v1=4f72245bb33caf3e1f7bd0fc227b320666e6c91bb1fe19d90e4bac5a3e39fb5d",
                WebhookSignature.sign("secret", 1614556800L, "{\"a\":1}"));
        assertNotEquals(WebhookSignature.sign("secret", 1614556800L, "{\"a\":1}"),
                WebhookSignature.sign("secret", 1614556801L, "{\"a\":1}"));
        assertNotEquals(WebhookSignature.sign("secret", 1614556800L, "{\"a\":1}"),
                WebhookSignature.sign("other", 1614556800L, "{\"a\":1}"));
    }
}
