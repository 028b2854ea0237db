package org.appsupervision.gateway.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StoreClientRepository implements PanacheRepositoryBase<StoreClient, String> {
}
