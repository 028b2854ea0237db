package org.appsupervision.notice.finding.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.appsupervision.platform.idempotency.ExpiringKeys;
import org.appsupervision.platform.idempotency.IdempotencyKey;

/**
 * The {@code Idempotency-Key}s of the import endpoints, per user: a key is bound to the fingerprint of its first
 * request and the job that request opened (the header, the fingerprint and the decision on a key seen before are the
 * platform's {@link IdempotencyKey}). Claims run in the caller's transaction, beside the job they name; keys expire.
 */
@ApplicationScoped
public class ImportIdempotency implements ExpiringKeys {

    private final EntityManager em;

    public ImportIdempotency(EntityManager em) {
        this.em = em;
    }

    /**
     * Binds the key to {@code jobId} and answers {@code jobId}, or answers the job the key is already bound to if
     * the request is the same; without a key, answers {@code jobId}.
     */
    public UUID claim(String user, String key, String fingerprint, UUID jobId) {
        if (key == null) {
            return jobId;
        }
        boolean first = em.createNativeQuery("""
                INSERT INTO import_idempotency_key (user_name, key, fingerprint, job_id) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, user).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, jobId)
                .executeUpdate() == 1;
        if (first) {
            return jobId;
        }
        Object[] earlier = (Object[]) em.createNativeQuery(
                "SELECT fingerprint, job_id FROM import_idempotency_key WHERE user_name = ?1 AND key = ?2")
                .setParameter(1, user).setParameter(2, key).getSingleResult();
        return IdempotencyKey.replay(key, fingerprint, (String) earlier[0], () -> (UUID) earlier[1]);
    }

    @Override
    public String table() {
        return "import_idempotency_key";
    }
}
