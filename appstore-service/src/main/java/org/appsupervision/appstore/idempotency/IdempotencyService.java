package org.appsupervision.appstore.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;

/**
 * The {@code Idempotency-Key} of the store API: the first successful answer to a key is kept with a
 * fingerprint of its request, in the same transaction as the write; a retry with the same request gets
 * that answer again, a reuse of the key for another request is refused. Keys are scoped per store.
 */
@ApplicationScoped
public class IdempotencyService {

    /** Longest key accepted. */
    public static final int MAX_KEY_LENGTH = 200;

    private final EntityManager em;
    private final ObjectMapper mapper;

    public IdempotencyService(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Runs the write once per (store, key). Without a key it simply runs. A failed write keeps no
     * record, so its retry runs again.
     */
    @Transactional
    public <T> T once(String storeCode, String key, String operation, Object request, Class<T> answerType,
            Supplier<T> write) {
        if (key == null) {
            return write.get();
        }
        checkKey(key);
        String fingerprint = fingerprint(operation, request);
        boolean first = em.createNativeQuery("""
                INSERT INTO idempotent_write (store_code, key, fingerprint) VALUES (?1, ?2, ?3)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, storeCode).setParameter(2, key).setParameter(3, fingerprint)
                .executeUpdate() == 1;
        if (!first) {
            return replay(storeCode, key, fingerprint, answerType);
        }
        T answer = write.get();
        em.createNativeQuery("UPDATE idempotent_write SET status = 200, response = ?3 WHERE store_code = ?1 AND key = ?2")
                .setParameter(1, storeCode).setParameter(2, key).setParameter(3, toJson(answer))
                .executeUpdate();
        return answer;
    }

    /**
     * The same promise as {@link #once} in fewer statements, for the hottest writes: the write runs
     * first and the key is recorded with its answer in one statement of the same transaction. A key
     * recorded before shows up either when recording it (the write is rolled back) or when the write
     * fails (as the retry of a write already done does), and is then answered as {@code once} does.
     * Concurrent requests with one key serialise on the key's row or on the rows the write changes.
     */
    public <T> T onceWritingFirst(String storeCode, String key, String operation, Object request,
            Class<T> answerType, Supplier<T> write) {
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(write::get);
        }
        checkKey(key);
        String fingerprint = fingerprint(operation, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                T answer = write.get();
                if (!record(storeCode, key, fingerprint, answer)) {
                    throw new KeyRecordedMeanwhile();
                }
                return answer;
            });
        } catch (KeyRecordedMeanwhile | ProblemException e) {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<?> recorded = em.createNativeQuery(
                        "SELECT 1 FROM idempotent_write WHERE store_code = ?1 AND key = ?2")
                        .setParameter(1, storeCode).setParameter(2, key).getResultList();
                if (recorded.isEmpty()) {
                    throw e;
                }
                return replay(storeCode, key, fingerprint, answerType);
            });
        }
    }

    /** Forgets keys recorded before {@code before}, at most {@code limit} of them; returns how many. */
    @Transactional
    public int forgetKeysRecordedBefore(Instant before, int limit) {
        return em.createNativeQuery("""
                DELETE FROM idempotent_write WHERE ctid IN (
                    SELECT ctid FROM idempotent_write WHERE created_at < ?1 LIMIT ?2)""")
                .setParameter(1, before).setParameter(2, limit)
                .executeUpdate();
    }

    /** Signals that another request recorded the key first, so this write must be undone. */
    private static final class KeyRecordedMeanwhile extends RuntimeException {
        KeyRecordedMeanwhile() {
            super(null, null, false, false);
        }
    }

    private boolean record(String storeCode, String key, String fingerprint, Object answer) {
        return em.createNativeQuery("""
                INSERT INTO idempotent_write (store_code, key, fingerprint, status, response)
                VALUES (?1, ?2, ?3, 200, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, storeCode).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, toJson(answer))
                .executeUpdate() == 1;
    }

    private static void checkKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters")));
        }
    }

    private <T> T replay(String storeCode, String key, String fingerprint, Class<T> answerType) {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT fingerprint, response FROM idempotent_write WHERE store_code = ?1 AND key = ?2")
                .setParameter(1, storeCode).setParameter(2, key).getSingleResult();
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Idempotency-Key " + key + " was already used for another request",
                    List.of(new Problem.FieldError("Idempotency-Key", "was used with another request")));
        }
        try {
            return mapper.readValue((String) row[1], answerType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer of an idempotent write cannot be read", e);
        }
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer cannot be serialised", e);
        }
    }
}
