package org.appsupervision.notice.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An app operator (APP运营主体), keyed by its unified social credit code; the province comes from the code. */
@Entity
@Table(name = "operator")
public class Operator {

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    @Column(name = "province_code")
    public String provinceCode;
}
