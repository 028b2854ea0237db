package org.appsupervision.appstore.servicelevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.appsupervision.appstore.AppstoreConfig;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/**
 * The service-level target of takedown orders: how long a store has to confirm. Admins change it; a
 * change applies to orders created after it, never to the clocks already running.
 */
@ApplicationScoped
public class ServiceLevelService {

    static final Duration SHORTEST = Duration.ofHours(1);
    static final Duration LONGEST = Duration.ofDays(30);

    private final ServiceLevelRepository levels;
    private final AppstoreConfig config;
    private final Clock clock = Clock.systemUTC();

    public ServiceLevelService(ServiceLevelRepository levels, AppstoreConfig config) {
        this.levels = levels;
        this.config = config;
    }

    /** The target for orders created now, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Duration takedownTarget() {
        return levels.current().map(level -> Duration.ofSeconds(level.takedownTargetSeconds))
                .orElse(config.takedownSla());
    }

    @Transactional
    public ServiceLevelView current() {
        return levels.current().map(ServiceLevelService::view).orElseGet(this::configured);
    }

    @Transactional
    public ServiceLevelView change(ServiceLevelView.Change change, String admin) {
        Duration target = change.takedownTarget();
        if (target.compareTo(SHORTEST) < 0 || target.compareTo(LONGEST) > 0 || target.toNanosPart() != 0) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("takedownTarget",
                    "目标时限须在1小时至30天之间（整秒） / must be whole seconds between PT1H and P30D")));
        }
        ServiceLevel level = levels.current().orElseGet(ServiceLevel::new);
        level.takedownTargetSeconds = target.getSeconds();
        level.reason = change.reason().strip();
        level.changedBy = admin;
        level.changedAt = Instant.now(clock);
        levels.persist(level);
        return view(level);
    }

    /** Back to the deployment's default for orders created from now on. */
    @Transactional
    public ServiceLevelView reset() {
        levels.current().ifPresent(levels::delete);
        return configured();
    }

    private ServiceLevelView configured() {
        return ServiceLevelView.of(config.takedownSla(), "CONFIGURED", null, null, null);
    }

    private static ServiceLevelView view(ServiceLevel level) {
        return ServiceLevelView.of(Duration.ofSeconds(level.takedownTargetSeconds), "SET", level.changedBy,
                level.changedAt, level.reason);
    }
}
