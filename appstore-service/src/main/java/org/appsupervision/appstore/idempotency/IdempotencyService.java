package org.appsupervision.appstore.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.Supplier;
import org.appsupervision.platform.idempotency.ExpiringKeys;
import org.appsupervision.platform.idempotency.IdempotencyKey;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.appsupervision.platform.problem.ProblemException;
import org.hibernate.Session;

/**
 * The {@code Idempotency-Key} of the store API: the first successful answer to a key is kept with a
 * fingerprint of its request, in the same transaction as the write; a retry with the same request gets
 * that answer again, a reuse of the key for another request is refused (the header, the fingerprint and that
 * decision are the platform's {@link IdempotencyKey}); keys are scoped per store and expire.
 */
@ApplicationScoped
public class IdempotencyService implements ExpiringKeys {

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
    public <T> T once(String storeCode, String header, RequestFingerprint request, Object body, Class<T> answerType,
            Supplier<T> write) {
        String key = IdempotencyKey.optional(header);
        if (key == null) {
            return write.get();
        }
        String fingerprint = fingerprint(request, body);
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
    public <T> T onceWritingFirst(String storeCode, String header, RequestFingerprint request, Object body,
            Class<T> answerType, Supplier<T> write) {
        String key = IdempotencyKey.optional(header);
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(write::get);
        }
        String fingerprint = fingerprint(request, body);
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

    @Override
    public String table() {
        return "idempotent_write";
    }

    /** Signals that another request recorded the key first, so this write must be undone. */
    private static final class KeyRecordedMeanwhile extends RuntimeException {
        KeyRecordedMeanwhile() {
            super(null, null, false, false);
        }
    }

    /** Plain SQL on the transaction's connection, as the write before it: it runs once per confirmation. */
    private boolean record(String storeCode, String key, String fingerprint, Object answer) {
        String response = toJson(answer);
        Session session = em.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO idempotent_write (store_code, key, fingerprint, status, response)
                    VALUES (?, ?, ?, 200, ?) ON CONFLICT DO NOTHING""")) {
                insert.setString(1, storeCode);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                insert.setString(4, response);
                return insert.executeUpdate() == 1;
            }
        });
    }

    private <T> T replay(String storeCode, String key, String fingerprint, Class<T> answerType) {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT fingerprint, response FROM idempotent_write WHERE store_code = ?1 AND key = ?2")
                .setParameter(1, storeCode).setParameter(2, key).getSingleResult();
        return IdempotencyKey.replay(key, fingerprint, (String) row[0], () -> read((String) row[1], answerType));
    }

    private <T> T read(String answer, Class<T> answerType) {
        try {
            return mapper.readValue(answer, answerType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer of an idempotent write cannot be read", e);
        }
    }

    /** The fingerprint of a JSON request: its method, path and body as this service read it. */
    private String fingerprint(RequestFingerprint request, Object body) {
        return request.body(toJson(body).getBytes(StandardCharsets.UTF_8)).hex();
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer cannot be serialised", e);
        }
    }
}
