package org.appsupervision.notice.rectification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.appsupervision.events.RectificationDeadlinePassed;
import org.appsupervision.platform.outbox.Outbox;

/**
 * Watches rectification deadlines: once the deadline day of a notice has ended (Beijing time), every item without a
 * passing re-check (and not overridden as rectified) is unrectified and gets one {@link RectificationDeadlinePassed},
 * written to the outbox with its mark. An SDK item is marked unrectified the same way but emits no event: the event
 * asks penalty-service to propose a case against an app's operator, and an SDK's provider is not one (see the README).
 */
@ApplicationScoped
public class RectificationDeadlineWatch {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;
    private final ItemRectificationRepository rectifications;
    private final Outbox outbox;

    public RectificationDeadlineWatch(EntityManager em, ItemRectificationRepository rectifications, Outbox outbox) {
        this.em = em;
        this.rectifications = rectifications;
        this.outbox = outbox;
    }

    @Scheduled(every = "${notice.deadline-watch.every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        passDeadlinesBefore(LocalDate.now(BEIJING));
    }

    /** Publishes the passed deadlines of all unrectified items whose deadline lies before {@code today}; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int passDeadlinesBefore(LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.id, n.title, n.kind, i.id, i.chain_id, i.package_name, i.app_name, i.operator_name,
                       i.operator_credit_code, i.operator_province_code,
                       (SELECT string_agg(p.problem_code, ',' ORDER BY p.problem_code) FROM notice_item_problem p
                        WHERE p.item_id = i.id), n.deadline_date, n.deadline_rule, i.subject
                FROM item_rectification r JOIN notice_item i ON i.id = r.item_id JOIN notice n ON n.id = i.notice_id
                WHERE r.status <> 'RECTIFIED' AND r.deadline_passed_at IS NULL AND n.deadline_date < ?1
                ORDER BY n.deadline_date, i.seq LIMIT 5000
                FOR UPDATE OF r SKIP LOCKED""").setParameter(1, today).getResultList();
        Instant now = Instant.now();
        for (Object[] row : rows) {
            UUID itemId = (UUID) row[3];
            rectifications.findById(itemId).deadlinePassedAt = now;
            if ("SDK".equals(row[13])) {
                continue; // penalty-service proposes cases against an app's operator; see the README on SDK items
            }
            outbox.append(new RectificationDeadlinePassed((UUID) row[0], (String) row[1], (String) row[2], itemId,
                    (UUID) row[4], (String) row[5], (String) row[6], (String) row[7], ((String) row[8]).strip(),
                    ((String) row[9]).strip(), row[10] == null ? List.of() : List.of(((String) row[10]).split(",")),
                    toDate(row[11]), (String) row[12], now));
        }
        return rows.size();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
