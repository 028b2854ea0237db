package org.appsupervision.penalty.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.appsupervision.penalty.bureau.BureauRepository;

/** Numbers cases and decisions in their bureau's yearly series: 京通案〔2026〕1号, 京通罚〔2026〕1号. */
@ApplicationScoped
public class CaseNumbers {

    private final CaseRepository cases;
    private final BureauRepository bureaus;

    public CaseNumbers(CaseRepository cases, BureauRepository bureaus) {
        this.cases = cases;
        this.bureaus = bureaus;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String nextCaseNumber(String provinceCode, int year) {
        return next(provinceCode, year, "CASE", "通案");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String nextDecisionNumber(String provinceCode, int year) {
        return next(provinceCode, year, "DECISION", "通罚");
    }

    private String next(String provinceCode, int year, String series, String word) {
        String shortName = bureaus.findById(provinceCode).shortName;
        return shortName + word + "〔" + year + "〕" + cases.nextNumber(provinceCode, year, series) + "号";
    }
}
