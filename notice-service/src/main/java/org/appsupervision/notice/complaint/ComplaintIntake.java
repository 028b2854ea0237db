package org.appsupervision.notice.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * Receives complaints from the public: checks them whole, answers a repeat of the same app and problem from the same
 * address with the earlier tracking number, holds the caps per address and overall, and writes the complaint with
 * its private parts in one transaction.
 */
@ApplicationScoped
public class ComplaintIntake {

    private final ComplaintChecks checks;
    private final ComplaintRepository complaints;
    private final AddressHash addresses;
    private final ComplaintConfig config;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    public ComplaintIntake(ComplaintChecks checks, ComplaintRepository complaints, AddressHash addresses,
            ComplaintConfig config, EntityManager em) {
        this.checks = checks;
        this.complaints = complaints;
        this.addresses = addresses;
        this.config = config;
        this.em = em;
    }

    @Transactional
    public ComplaintReceipt receive(ComplaintRequest request, String clientAddress) {
        ComplaintChecks.Checked checked = checks.check(request);
        String hash = addresses.of(clientAddress);
        // One address's complaints are taken one at a time, so that two copies sent at once are one complaint.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 20))").setParameter(1, hash)
                .getSingleResult();
        Instant now = Instant.now(clock);
        Complaint earlier = duplicateOf(checked, hash, now.minus(config.duplicateWindow()));
        if (earlier != null) {
            earlier.repeats++;
            return ComplaintReceipt.of(earlier, true);
        }
        holdCaps(hash, now);
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.trackingNumber = TrackingNumbers.next(now);
        complaint.appName = checked.appName();
        complaint.packageName = checked.packageName();
        complaint.storeCode = checked.storeCode();
        complaint.problemCodes = checked.problems().toArray(String[]::new);
        complaint.description = checked.description();
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.receivedAt = now;
        complaint.screenshotCount = checked.screenshots().size();
        complaints.persist(complaint);
        em.flush();
        ComplaintRequest.Contact contact = checked.contact();
        em.createNativeQuery("""
                INSERT INTO complaint_private (complaint_id, contact_name, contact_phone, contact_email, address_hash)
                VALUES (?1, ?2, ?3, ?4, ?5)""").setParameter(1, complaint.id)
                .setParameter(2, contact == null ? null : contact.name())
                .setParameter(3, contact == null ? null : contact.phone())
                .setParameter(4, contact == null ? null : contact.email()).setParameter(5, hash).executeUpdate();
        List<Screenshot> screenshots = checked.screenshots();
        for (int i = 0; i < screenshots.size(); i++) {
            em.createNativeQuery("INSERT INTO complaint_screenshot (complaint_id, seq, media_type, content) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, complaint.id).setParameter(2, i + 1)
                    .setParameter(3, screenshots.get(i).mediaType()).setParameter(4, screenshots.get(i).content())
                    .executeUpdate();
        }
        return ComplaintReceipt.of(complaint, false);
    }

    /**
     * The latest complaint from this address about the same app with a problem in common, within the window: the same
     * package name, or the same app name where either complaint names no package (two packages are two apps).
     */
    private Complaint duplicateOf(ComplaintChecks.Checked checked, String hash, Instant since) {
        List<?> ids = em.createNativeQuery("""
                SELECT c.id FROM complaint c JOIN complaint_private p ON p.complaint_id = c.id
                WHERE p.address_hash = ?1 AND c.received_at > ?2
                  AND c.problem_codes && string_to_array(?3, ',')
                  AND ((?4 <> '' AND c.package_name = ?4)
                       OR ((?4 = '' OR c.package_name IS NULL) AND ?5 <> '' AND lower(c.app_name) = lower(?5)))
                ORDER BY c.received_at DESC LIMIT 1""", UUID.class).setParameter(1, hash).setParameter(2, since)
                .setParameter(3, String.join(",", checked.problems()))
                .setParameter(4, checked.packageName() == null ? "" : checked.packageName())
                .setParameter(5, checked.appName() == null ? "" : checked.appName()).getResultList();
        return ids.isEmpty() ? null : complaints.findById((UUID) ids.get(0));
    }

    /**
     * Refuses a complaint over either hourly cap with 429, and says in {@code Retry-After} when the oldest complaint
     * counted against the cap leaves the sliding hour, the earliest moment another can be taken.
     */
    private void holdCaps(String hash, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Object[] fromAddress = (Object[]) em.createNativeQuery("""
                SELECT count(*), min(c.received_at) FROM complaint c JOIN complaint_private p ON p.complaint_id = c.id
                WHERE p.address_hash = ?1 AND c.received_at > ?2""").setParameter(1, hash).setParameter(2, hourAgo)
                .getSingleResult();
        if (((Number) fromAddress[0]).longValue() >= config.perAddressPerHour()) {
            throw ProblemException.tooManyRequests("At most " + config.perAddressPerHour()
                    + " complaints an hour are taken from one address; please try again later",
                    untilOutOfHour(fromAddress[1], now));
        }
        Object[] all = (Object[]) em.createNativeQuery(
                "SELECT count(*), min(received_at) FROM complaint WHERE received_at > ?1")
                .setParameter(1, hourAgo).getSingleResult();
        if (((Number) all[0]).longValue() >= config.perHour()) {
            throw ProblemException.tooManyRequests(
                    "The service takes at most " + config.perHour() + " complaints an hour; please try again later",
                    untilOutOfHour(all[1], now));
        }
    }

    private static Duration untilOutOfHour(Object oldest, Instant now) {
        Instant since = oldest instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : oldest instanceof java.sql.Timestamp ts ? ts.toInstant()
                : oldest instanceof Instant instant ? instant : now;
        return Duration.between(now, since.plus(Duration.ofHours(1)).plusSeconds(1));
    }
}
