package org.appsupervision.notice.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Complaints by id and by tracking number. */
@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    public Optional<Complaint> byTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }
}
