package org.appsupervision.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Usernames that a pending enterprise registration holds until it is decided, so no admin gives them away. */
@ApplicationScoped
public class PendingUsernames {

    private final EntityManager em;

    public PendingUsernames(EntityManager em) {
        this.em = em;
    }

    public boolean heldByRegistration(String username) {
        Number count = (Number) em.createNativeQuery(
                "SELECT count(*) FROM registration WHERE username = ?1 AND status = 'PENDING'")
                .setParameter(1, username).getSingleResult();
        return count.longValue() > 0;
    }
}
