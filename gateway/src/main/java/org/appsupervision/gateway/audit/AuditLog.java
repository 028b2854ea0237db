package org.appsupervision.gateway.audit;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends security events to the hash-chained audit log. Each append runs in its own transaction
 * under a PostgreSQL advisory lock, so a refused login is recorded even though the request fails
 * and replicas never fork the chain.
 */
@ApplicationScoped
public class AuditLog {

    private static final long CHAIN_LOCK = 0x61756469744cL;

    private final AuditRepository records;
    private final EntityManager em;

    public AuditLog(AuditRepository records, EntityManager em) {
        this.records = records;
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditAction action, String actor, String subject, String detail) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        AuditRecord last = records.last().orElse(null);
        AuditRecord record = new AuditRecord();
        record.seq = last == null ? 1 : last.seq + 1;
        record.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        record.action = action.name();
        record.actor = actor == null ? "anonymous" : truncate(actor);
        record.subject = subject == null ? null : truncate(subject);
        record.address = currentAddress();
        record.detail = detail;
        record.prevHash = last == null ? AuditChain.GENESIS : last.hash;
        record.hash = AuditChain.hashOf(record);
        records.persist(record);
    }

    private static String currentAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try {
            HttpServerRequest request = Arc.container().instance(HttpServerRequest.class).get();
            return request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String truncate(String value) {
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
