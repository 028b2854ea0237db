package org.appsupervision.gateway.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClientSecretRepository implements PanacheRepositoryBase<ClientSecret, UUID> {

    public List<ClientSecret> liveSecrets(String clientId, Instant now) {
        return find("clientId = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)",
                Sort.descending("createdAt"), clientId, now).list();
    }
}
