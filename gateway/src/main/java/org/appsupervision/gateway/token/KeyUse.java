package org.appsupervision.gateway.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, in the gateway's database so that every replica sees it, when each key last signed a
 * token: a key that no longer signs stays published until the last token it signed has expired.
 */
@ApplicationScoped
public class KeyUse {

    // Writes at most this often per key and replica; the retention adds it to the token lifetime.
    static final Duration RECORD_EVERY = Duration.ofSeconds(30);

    private final EntityManager em;
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    public KeyUse(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void signedWith(String kid) {
        Instant now = Instant.now();
        Instant last = recorded.get(kid);
        if (last != null && last.plus(RECORD_EVERY).isAfter(now)) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO signing_key_use (kid, last_signed_at) VALUES (?1, ?2)
                ON CONFLICT (kid) DO UPDATE SET last_signed_at = GREATEST(signing_key_use.last_signed_at, EXCLUDED.last_signed_at)
                """).setParameter(1, kid).setParameter(2, Timestamp.from(now)).executeUpdate();
        recorded.put(kid, now);
    }

    /** When each known key last signed. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, Instant> lastSigned() {
        Map<String, Instant> result = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT kid, last_signed_at FROM signing_key_use")
                .getResultList()) {
            result.put((String) row[0], toInstant(row[1]));
        }
        return result;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type");
    }
}
