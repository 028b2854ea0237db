package org.appsupervision.notice.app;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OperatorRepository implements PanacheRepositoryBase<Operator, String> {
}
