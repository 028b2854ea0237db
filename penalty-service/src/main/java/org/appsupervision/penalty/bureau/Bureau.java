package org.appsupervision.penalty.bureau;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A communication administration bureau, keyed by its province code ('00' is the ministry's bureau). */
@Entity
@Table(name = "bureau")
public class Bureau {

    @Id
    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    /** The one-character short name used in case and decision numbers (粤, 京 ...). */
    @Column(name = "short_name")
    public String shortName;
}
