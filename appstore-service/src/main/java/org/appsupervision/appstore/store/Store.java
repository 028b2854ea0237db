package org.appsupervision.appstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A distribution channel known to the chain, an app store or a handset maker ({@link #kind}); its code is the
 * {@code store_id} of its API clients' tokens.
 */
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

    /** The secret a rotation replaced: pushes are signed with it too until {@link #webhookRotationEndsAt}. */
    @Column(name = "webhook_previous_secret")
    @Convert(converter = WebhookSecretCipher.class)
    public String webhookPreviousSecret;

    @Column(name = "webhook_rotation_ends_at")
    public Instant webhookRotationEndsAt;

    @Column(name = "webhook_enabled")
    public boolean webhookEnabled;

    public boolean active = true;

    /** Fixed at registration. */
    @Enumerated(EnumType.STRING)
    public ChannelKind kind = ChannelKind.APP_STORE;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the store was last announced to the other services; null until its first StoreChanged. */
    @Column(name = "announced_at")
    public Instant announcedAt;

    @Version
    public long version;

    /** The secrets that sign a push at {@code now}: the current one, then a replaced one while its overlap lasts. */
    public List<String> webhookSecretsAt(Instant now) {
        List<String> secrets = new ArrayList<>();
        if (webhookSecret != null) {
            secrets.add(webhookSecret);
        }
        if (webhookPreviousSecret != null && webhookRotationEndsAt != null && now.isBefore(webhookRotationEndsAt)) {
            secrets.add(webhookPreviousSecret);
        }
        return secrets;
    }
}
