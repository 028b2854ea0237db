package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The batch numbers of rectification and re-check notices: a yearly and a cumulative counter, both shared
 * by the two kinds ("2021年第11批,总第20批"). The counters' rows are locked until the publication commits. Notices
 * imported into the archive move the counters on to their own numbers, so the suite continues the real series.
 */
@ApplicationScoped
public class BatchNumbering {

    private final EntityManager em;

    public BatchNumbering(EntityManager em) {
        this.em = em;
    }

    public record Numbers(int year, int yearly, int cumulative) {

        /** The suffix of the notice's title. */
        public String titleSuffix() {
            return "(" + year + "年第" + yearly + "批,总第" + cumulative + "批)";
        }
    }

    public Numbers next(int year) {
        int cumulative = ((Number) em.createNativeQuery("""
                UPDATE notice_batch_counter SET value = value + 1 WHERE counter = 'cumulative' RETURNING value""")
                .getSingleResult()).intValue();
        int yearly = ((Number) em.createNativeQuery("""
                INSERT INTO notice_batch_counter (counter, value) VALUES (?1, 1)
                ON CONFLICT (counter) DO UPDATE SET value = notice_batch_counter.value + 1 RETURNING value""")
                .setParameter(1, Integer.toString(year)).getSingleResult()).intValue();
        return new Numbers(year, yearly, cumulative);
    }

    /**
     * Moves the counters to at least the numbers of an imported notice: the cumulative counter always, the yearly
     * counter of its year when it has a yearly number. Counters never go back.
     */
    public void advanceTo(Integer year, Integer yearly, Integer cumulative) {
        if (cumulative != null) {
            raise("cumulative", cumulative);
        }
        if (year != null && yearly != null) {
            raise(Integer.toString(year), yearly);
        }
    }

    private void raise(String counter, int value) {
        em.createNativeQuery("""
                INSERT INTO notice_batch_counter (counter, value) VALUES (?1, ?2)
                ON CONFLICT (counter) DO UPDATE SET value = GREATEST(notice_batch_counter.value, EXCLUDED.value)""")
                .setParameter(1, counter).setParameter(2, value).executeUpdate();
    }
}
