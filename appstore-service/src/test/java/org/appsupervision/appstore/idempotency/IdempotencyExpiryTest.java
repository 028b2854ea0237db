package org.appsupervision.appstore.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.platform.idempotency.IdempotencyExpiry;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class IdempotencyExpiryTest {

    @Inject
    IdempotencyExpiry expiry;

    @Inject
    IdempotencyService idempotency;

    @Inject
    EntityManager em;

    @Test
    void keysOlderThanTheRetentionAreForgottenAndYoungerOnesKept() {
        String old = "old-" + UUID.randomUUID();
        String young = "young-" + UUID.randomUUID();
        record(old, Instant.now().minus(Duration.ofHours(25)));
        record(young, Instant.now().minus(Duration.ofHours(23)));

        expiry.forgetExpiredKeys(Instant.now());

        assertEquals(0, count(old));
        assertEquals(1, count(young));
    }

    @Test
    void aForgottenKeyRunsItsWriteAgain() {
        String key = "again-" + UUID.randomUUID();
        assertEquals("first", QuarkusTransaction.requiringNew().call(
                () -> idempotency.once("oppo", key, RequestFingerprint.of("POST", "/test"), "body", String.class, () -> "first")));
        assertEquals("first", QuarkusTransaction.requiringNew().call(
                () -> idempotency.once("oppo", key, RequestFingerprint.of("POST", "/test"), "body", String.class, () -> "second")));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE idempotent_write SET created_at = now() - interval '25 hours' WHERE key = ?1")
                .setParameter(1, key).executeUpdate());

        expiry.forgetExpiredKeys(Instant.now());

        assertEquals("second", QuarkusTransaction.requiringNew().call(
                () -> idempotency.once("oppo", key, RequestFingerprint.of("POST", "/test"), "body", String.class, () -> "second")));
    }

    private void record(String key, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO idempotent_write (store_code, key, fingerprint, status, response, created_at)
                VALUES ('oppo', ?1, 'f', 200, '{}', ?2)""").setParameter(1, key).setParameter(2, at).executeUpdate());
    }

    private long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM idempotent_write WHERE key = ?1").setParameter(1, key).getSingleResult())
                .longValue());
    }
}
