package org.appsupervision.gateway.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RegistrationLetterRepository implements PanacheRepositoryBase<RegistrationLetter, UUID> {
}
