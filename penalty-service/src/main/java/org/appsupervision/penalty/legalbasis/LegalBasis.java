package org.appsupervision.penalty.legalbasis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An article of law a penalty can rest on, with its penalties, fine caps and ranges as data. */
@Entity
@Table(name = "legal_basis")
public class LegalBasis {

    @Id
    public String code;
    @Column(name = "law_zh")
    public String lawZh;
    @Column(name = "law_en")
    public String lawEn;
    public String article;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    public boolean verified;
    @Column(name = "ordinary_penalties")
    public String ordinaryPenalties;
    @Column(name = "serious_penalties")
    public String seriousPenalties;
    @Column(name = "ordinary_fine_cap")
    public BigDecimal ordinaryFineCap;
    @Column(name = "serious_fine_cap")
    public BigDecimal seriousFineCap;
    @Column(name = "serious_turnover_percent")
    public BigDecimal seriousTurnoverPercent;
    @Column(name = "gains_multiple_min")
    public BigDecimal gainsMultipleMin;
    @Column(name = "gains_multiple_max")
    public BigDecimal gainsMultipleMax;
    @Column(name = "person_min_ordinary")
    public BigDecimal personMinOrdinary;
    @Column(name = "person_max_ordinary")
    public BigDecimal personMaxOrdinary;
    @Column(name = "person_min_serious")
    public BigDecimal personMinSerious;
    @Column(name = "person_max_serious")
    public BigDecimal personMaxSerious;
    public String note;

    /** How the article is cited in documents, e.g. 《中华人民共和国个人信息保护法》第六十六条. */
    public String citation() {
        return "《" + lawZh + "》" + article;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
