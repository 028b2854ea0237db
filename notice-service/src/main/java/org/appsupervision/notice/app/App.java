package org.appsupervision.notice.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An app, keyed by its Android package name, with its operator and its filing number when known. */
@Entity
@Table(name = "app")
public class App {

    @Id
    @Column(name = "package_name")
    public String packageName;

    public String name;

    @Column(name = "operator_credit_code")
    public String operatorCreditCode;

    @Column(name = "filing_number")
    public String filingNumber;
}
