package org.appsupervision.notice.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemType;

/**
 * The {@code Idempotency-Key} of the import endpoints: per user, a key is bound to the fingerprint of its first
 * request and the job that request opened; the same key with the same request finds that job again, the same key
 * with another request is refused with 422. Claims run in the caller's transaction, beside the job they name.
 */
@ApplicationScoped
public class ImportIdempotency {

    /** Longest key accepted. */
    public static final int MAX_KEY_LENGTH = 200;

    private final EntityManager em;

    public ImportIdempotency(EntityManager em) {
        this.em = em;
    }

    /** Refuses a key that is blank or too long before any work is done; null (no key) passes. */
    public static void requireUsable(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw ProblemException.invalid(List.of(new FieldError("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters / 须为1至" + MAX_KEY_LENGTH + "个字符")));
        }
    }

    /** A fingerprint builder over the parts of a request, fed as the request streams in. */
    public static MessageDigest fingerprint(String operation, Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            for (Object part : parts) {
                sha.update((byte) 0);
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Binds the key to {@code jobId} and answers {@code jobId}, or answers the job the key is already bound to if
     * the request is the same; without a key, answers {@code jobId}.
     */
    public UUID claim(String user, String key, MessageDigest request, UUID jobId) {
        if (key == null) {
            return jobId;
        }
        String fingerprint = HexFormat.of().formatHex(request.digest());
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
        if (!fingerprint.equals(earlier[0])) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Idempotency-Key " + key + " was already used for another import / 该幂等键已用于另一次导入",
                    List.of(new FieldError("Idempotency-Key", "was used with another request / 已用于另一请求")));
        }
        return (UUID) earlier[1];
    }
}
