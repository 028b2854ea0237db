package org.appsupervision.notice.complaint;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Erases what identifies a complainant (contact, address hash, screenshots) once notice.complaints.contact-retention
 * has passed since the complaint was received; the complaint itself, its status and its counts stay.
 */
@ApplicationScoped
public class ComplaintRetention {

    private static final Logger LOG = Logger.getLogger(ComplaintRetention.class);

    private final EntityManager em;
    private final ComplaintConfig config;
    private final Clock clock = Clock.systemUTC();

    public ComplaintRetention(EntityManager em, ComplaintConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(every = "${notice.complaints.erasure-every:1h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        erase();
    }

    /** Erases the private parts of every complaint received before the retention period; answers how many. */
    @Transactional
    public int erase() {
        Instant before = Instant.now(clock).minus(config.contactRetention());
        em.createNativeQuery("""
                DELETE FROM complaint_screenshot s USING complaint c
                WHERE c.id = s.complaint_id AND c.received_at < ?1""").setParameter(1, before).executeUpdate();
        int erased = em.createNativeQuery("""
                UPDATE complaint_private p SET contact_name = NULL, contact_phone = NULL, contact_email = NULL,
                       address_hash = NULL, erased_at = ?2
                FROM complaint c
                WHERE c.id = p.complaint_id AND c.received_at < ?1 AND p.erased_at IS NULL""")
                .setParameter(1, before).setParameter(2, Instant.now(clock)).executeUpdate();
        if (erased > 0) {
            LOG.infof("Erased the contact data of %d complaint(s) received before %s", erased, before);
        }
        return erased;
    }
}
