package org.appsupervision.penalty.legalbasis;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class LegalBasisRepository implements PanacheRepositoryBase<LegalBasis, String> {

    public List<LegalBasis> all() {
        return list("order by code");
    }
}
