package org.appsupervision.penalty.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public List<Payment> ofCase(UUID caseId) {
        return list("caseId = ?1 order by paidOn, recordedAt", caseId);
    }
}
