package org.appsupervision.gateway.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditRecord, Long> {

    public Optional<AuditRecord> last() {
        return findAll(Sort.descending("seq")).firstResultOptional();
    }

    public List<AuditRecord> after(long seq, int limit) {
        return find("seq > ?1", Sort.ascending("seq"), seq).page(Page.ofSize(limit)).list();
    }
}
