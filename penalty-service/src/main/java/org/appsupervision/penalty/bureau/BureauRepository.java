package org.appsupervision.penalty.bureau;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BureauRepository implements PanacheRepositoryBase<Bureau, String> {
}
