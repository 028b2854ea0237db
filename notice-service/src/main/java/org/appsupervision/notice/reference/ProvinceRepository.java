package org.appsupervision.notice.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProvinceRepository implements PanacheRepositoryBase<Province, String> {
}
