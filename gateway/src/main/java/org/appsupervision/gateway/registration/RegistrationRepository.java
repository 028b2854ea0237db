package org.appsupervision.gateway.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** Whether an enterprise has a registration that is pending or verified. */
    public boolean openOrVerified(String creditCode) {
        return count("creditCode = ?1 and status in ?2", creditCode,
                java.util.List.of(Registration.Status.PENDING, Registration.Status.VERIFIED)) > 0;
    }

    /** Whether a pending registration holds this username. */
    public boolean pendingWithUsername(String username) {
        return count("username = ?1 and status = ?2", username, Registration.Status.PENDING) > 0;
    }
}
