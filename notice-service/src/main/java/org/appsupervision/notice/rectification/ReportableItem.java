package org.appsupervision.notice.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.notice.notice.RectificationDeadline;

/** The facts of a published rectification or re-check notice item that reports and re-checks rest on. */
@ApplicationScoped
public class ReportableItem {

    /**
     * One item: its notice, chain, app (or, when {@code subject} is SDK, the SDK's code and no app), party (operator or
     * SDK provider), deadline and rectification state.
     */
    public record Item(UUID itemId, UUID noticeId, UUID chainId, String packageName, String appName,
            String operatorCreditCode, String operatorProvinceCode, LocalDate deadline, RectificationStatus status,
            boolean deadlineMarkedPassed, String subject, String sdkCode) {

        public boolean namesSdk() {
            return "SDK".equals(subject);
        }

        /** Whether the deadline day has ended in Beijing (or the deadline watch has published it as passed). */
        public boolean deadlinePassed() {
            return deadlineMarkedPassed || RectificationDeadline.today().isAfter(deadline);
        }
    }

    private final EntityManager em;

    public ReportableItem(EntityManager em) {
        this.em = em;
    }

    /**
     * The app item, if it is on a published notice with a deadline and tracked for rectification. An SDK item is never
     * reportable: its provider has no login (officials open its re-checks, see the README).
     */
    public Optional<Item> find(UUID itemId) {
        return published(itemId).filter(item -> !item.namesSdk());
    }

    /** The item of either subject, if it is on a published notice with a deadline and tracked for rectification. */
    @SuppressWarnings("unchecked")
    public Optional<Item> published(UUID itemId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.id, n.id, i.chain_id, i.package_name, i.app_name, i.operator_credit_code,
                       i.operator_province_code, n.deadline_date, r.status, r.deadline_passed_at IS NOT NULL,
                       i.subject, i.sdk_code
                FROM notice_item i JOIN notice n ON n.id = i.notice_id JOIN item_rectification r ON r.item_id = i.id
                WHERE i.id = ?1 AND n.status = 'PUBLISHED' AND n.deadline_date IS NOT NULL""")
                .setParameter(1, itemId).getResultList();
        return rows.stream().findFirst().map(row -> new Item((UUID) row[0], (UUID) row[1], (UUID) row[2],
                (String) row[3], (String) row[4], ((String) row[5]).strip(), ((String) row[6]).strip(),
                row[7] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[7],
                RectificationStatus.valueOf((String) row[8]), (Boolean) row[9], (String) row[10], (String) row[11]));
    }

    /** The item if it names an app of the enterprise with this credit code; another enterprise's is not disclosed. */
    public Item ofEnterprise(UUID itemId, String creditCode) {
        return find(itemId).filter(item -> item.operatorCreditCode().equals(creditCode))
                .orElseThrow(() -> org.appsupervision.platform.problem.ProblemException.notFound("Notice item", itemId));
    }
}
