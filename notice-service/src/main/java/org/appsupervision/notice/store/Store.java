package org.appsupervision.notice.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A channel (an app store or a handset maker) as appstore-service's registry last announced it (a copy, never written by this service's users). */
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

    public boolean active;

    /** APP_STORE or HANDSET_MAKER. */
    public String kind = "APP_STORE";

    @Column(name = "changed_at")
    public Instant changedAt;
}
