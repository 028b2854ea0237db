package org.appsupervision.penalty.legalbasis;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/** Checks intended or decided penalties against their legal basis, refusing with every reason. */
@ApplicationScoped
public class PenaltyLimits {

    private final LegalBasisRepository bases;

    public PenaltyLimits(LegalBasisRepository bases) {
        this.bases = bases;
    }

    /** The basis, once the penalties are within it for a case of this seriousness on this day. */
    public LegalBasis require(String code, boolean serious, List<PenaltyItem> penalties, BigDecimal illegalGains,
            BigDecimal previousYearTurnover, LocalDate on) {
        LegalBasis basis = bases.findByIdOptional(code).orElseThrow(() -> ProblemException.invalid(
                List.of(new Problem.FieldError("legalBasis", "unknown legal basis '" + code + "'"))));
        List<String> unusable = PenaltyRangeCheck.usability(basis, on);
        if (!unusable.isEmpty()) {
            throw new PenaltyProblemException(PenaltyProblem.UNVERIFIED_LEGAL_BASIS, String.join("; ", unusable));
        }
        List<String> violations = PenaltyRangeCheck.violations(basis, serious, penalties, illegalGains,
                previousYearTurnover);
        if (!violations.isEmpty()) {
            throw new PenaltyProblemException(PenaltyProblem.OUTSIDE_PENALTY_RANGE, String.join("; ", violations));
        }
        return basis;
    }
}
