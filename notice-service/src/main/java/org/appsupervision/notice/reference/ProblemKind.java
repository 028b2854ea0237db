package org.appsupervision.notice.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of problem (所涉问题) in the taxonomy, with its aspect and bilingual labels. */
@Entity
@Table(name = "problem_kind")
public class ProblemKind {

    @Id
    public String code;

    @Column(name = "aspect_code")
    public String aspectCode;

    @Column(name = "label_zh")
    public String labelZh;

    @Column(name = "label_en")
    public String labelEn;

    @Column(name = "introduced_by")
    public String introducedBy;

    public boolean active;
}
