package org.appsupervision.gateway.registration;

import java.time.Instant;
import java.util.UUID;

/** What the holder of a registration's status token sees: nothing personal beyond the company's name. */
public record RegistrationStatus(UUID id, String companyName, Registration.Status status, String reason,
        Instant submittedAt, Instant decidedAt) {

    static RegistrationStatus of(Registration r) {
        return new RegistrationStatus(r.id, r.companyName, r.status, r.reason, r.submittedAt, r.decidedAt);
    }
}
