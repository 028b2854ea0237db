package org.appsupervision.gateway.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The login sessions of officials. */
@ApplicationScoped
public class AccountSessionRepository implements PanacheRepositoryBase<AccountSession, UUID> {

    /** Whether the session is open and its account enabled and not locked. */
    public boolean isOpen(UUID id, String username, Instant now) {
        return getEntityManager().createQuery("""
                select count(s) from AccountSession s, Account a
                where s.id = :id and s.username = :username and s.endedAt is null
                  and a.username = s.username and a.enabled = true
                  and (a.lockedUntil is null or a.lockedUntil <= :now)""", Long.class)
                .setParameter("id", id).setParameter("username", username).setParameter("now", now)
                .getSingleResult() > 0;
    }

    /** Ends the one session; false when it was not open. */
    public boolean end(UUID id, String username, Instant now, String reason) {
        return update("endedAt = ?1, endReason = ?2 where id = ?3 and username = ?4 and endedAt is null",
                now, reason, id, username) > 0;
    }

    /** Ends every open session of the account; returns how many. */
    public int endAll(String username, Instant now, String reason) {
        return update("endedAt = ?1, endReason = ?2 where username = ?3 and endedAt is null", now, reason, username);
    }

    /** Removes sessions that started before {@code cutoff}. */
    public long removeStartedBefore(Instant cutoff) {
        return delete("startedAt < ?1", cutoff);
    }
}
