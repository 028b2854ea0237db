package org.appsupervision.notice.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /** The active agencies in credit-code order, the order round-robin assignment follows. */
    public List<Agency> active() {
        return list("active = true order by creditCode");
    }
}
