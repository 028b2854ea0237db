package org.appsupervision.notice.sdk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A third-party SDK (第三方SDK) registered as a supervised subject: its provider and how detection recognises it. */
@Entity
@Table(name = "sdk")
public class Sdk {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "provider_name")
    public String providerName;

    @Column(name = "provider_credit_code")
    public String providerCreditCode;

    @Column(name = "provider_province_code")
    public String providerProvinceCode;

    public boolean active;

    @ElementCollection
    @CollectionTable(name = "sdk_package_prefix", joinColumns = @JoinColumn(name = "sdk_code"))
    @Column(name = "prefix")
    @OrderBy
    public Set<String> packagePrefixes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "sdk_signature", joinColumns = @JoinColumn(name = "sdk_code"))
    @Column(name = "sha256")
    @OrderBy
    public Set<String> signatures = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "sdk_version", joinColumns = @JoinColumn(name = "sdk_code"))
    @Column(name = "version")
    @OrderBy
    public Set<String> versions = new LinkedHashSet<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
