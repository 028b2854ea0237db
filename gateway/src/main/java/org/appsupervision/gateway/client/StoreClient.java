package org.appsupervision.gateway.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An app store's API client: its id and the store it acts for; its secrets are {@link ClientSecret}s. */
@Entity
@Table(name = "store_client")
public class StoreClient {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "store_code")
    public String storeCode;

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
