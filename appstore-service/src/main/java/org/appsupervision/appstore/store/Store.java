package org.appsupervision.appstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
