package org.appsupervision.gateway.registration;

import java.time.Instant;
import java.util.UUID;

/** A registration as its reviewers (the bureau of its province, the ministry) see it; never the password hash. */
public record RegistrationView(UUID id, String companyName, String creditCode, String province, String contactName,
        String contactPhone, String contactEmail, String username, Registration.Status status, String reason,
        String letterType, int letterSize, String letterSha256, Instant submittedAt, Instant decidedAt,
        String decidedBy) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.id, r.companyName, r.creditCode, r.provinceCode, r.contactName, r.contactPhone,
                r.contactEmail, r.username, r.status, r.reason, r.letterType, r.letterSize, r.letterSha256,
                r.submittedAt, r.decidedAt, r.decidedBy);
    }
}
