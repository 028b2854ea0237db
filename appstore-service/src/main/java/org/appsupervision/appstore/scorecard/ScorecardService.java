package org.appsupervision.appstore.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.appsupervision.appstore.store.ChannelKind;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/** Scorecards of the stores over a period of publication (default: the last 365 days, at most 5 years). */
@ApplicationScoped
public class ScorecardService {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(365);
    private static final Duration LONGEST_PERIOD = Duration.ofDays(5 * 366);

    private final ScorecardRepository scorecards;

    public ScorecardService(ScorecardRepository scorecards) {
        this.scorecards = scorecards;
    }

    @Transactional
    public List<Scorecard> all(Instant from, Instant to, ChannelKind kind) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        check(start, end);
        return scorecards.of(null, kind, start, end);
    }

    @Transactional
    public Scorecard of(String storeCode, Instant from, Instant to) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        check(start, end);
        return scorecards.of(storeCode, null, start, end).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Store", storeCode));
    }

    private static void check(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("from", "must be before 'to'")));
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("from", "period is longer than 5 years")));
        }
    }
}
