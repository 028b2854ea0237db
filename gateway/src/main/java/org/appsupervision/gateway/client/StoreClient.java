package org.appsupervision.gateway.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An app store's API client: its id, the store it acts for, and a bcrypt hash of its secret. */
@Entity
@Table(name = "store_client")
public class StoreClient {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "secret_hash")
    public String secretHash;

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;
}
