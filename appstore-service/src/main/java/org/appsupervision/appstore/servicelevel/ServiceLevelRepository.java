package org.appsupervision.appstore.servicelevel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The admin-set service level, if any. */
@ApplicationScoped
public class ServiceLevelRepository implements PanacheRepositoryBase<ServiceLevel, Short> {

    Optional<ServiceLevel> current() {
        return findByIdOptional(ServiceLevel.ONLY);
    }
}
