package org.appsupervision.notice.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provincial-level region (GB/T 2260 code) and its communication administration bureau. */
@Entity
@Table(name = "province")
public class Province {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "bureau_zh")
    public String bureauZh;
}
