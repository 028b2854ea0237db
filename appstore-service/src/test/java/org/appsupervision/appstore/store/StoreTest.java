package org.appsupervision.appstore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreTest {

    @Test
    void aReplacedWebhookSecretSignsBesideTheNewOneUntilTheOverlapEnds() {
        Store store = new Store();
        Instant ends = Instant.parse("2026-03-01T00:00:00Z");
        store.webhookSecret = "whsec_new";
        store.webhookPreviousSecret = "whsec_old";
        store.webhookRotationEndsAt = ends;
        assertEquals(List.of("whsec_new", "whsec_old"), store.webhookSecretsAt(ends.minusSeconds(1)));
        assertEquals(List.of("whsec_new"), store.webhookSecretsAt(ends));
        store.webhookSecret = null;
        assertEquals(List.of(), new Store().webhookSecretsAt(ends));
    }
}
