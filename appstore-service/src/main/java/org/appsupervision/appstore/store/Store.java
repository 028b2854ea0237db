package org.appsupervision.appstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An app store known to the chain; its code is the {@code store_id} of its API clients' tokens. */
@Entity
@Table(name = "store")
public class Store {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    public String company;

    @Column(name = "company_credit_code")
    public String companyCreditCode;

    @Column(name = "province_code")
    public String provinceCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoreRequest.Contact> contacts = new ArrayList<>();

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "webhook_secret")
    @Convert(converter = WebhookSecretCipher.class)
    public String webhookSecret;

    @Column(name = "webhook_enabled")
    public boolean webhookEnabled;

    public boolean active = true;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the store was last announced to the other services; null until its first StoreChanged. */
    @Column(name = "announced_at")
    public Instant announcedAt;

    @Version
    public long version;
}
