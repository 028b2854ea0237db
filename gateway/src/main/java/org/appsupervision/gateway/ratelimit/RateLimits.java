package org.appsupervision.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Token buckets (Bucket4j) kept in the gateway's PostgreSQL database, so a limit holds across
 * every gateway replica rather than per instance. Each limit refills at its rate per minute.
 */
@ApplicationScoped
public class RateLimits {

    /** A bucket to take one token from: its key and how many requests per minute it allows. */
    public record Limit(String key, long perMinute) {
    }

    private final ProxyManager<String> buckets;

    public RateLimits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** Takes a token from every bucket; the time to wait if one of them is empty, or zero. */
    public Duration take(List<Limit> limits) {
        Duration wait = Duration.ZERO;
        for (Limit limit : limits) {
            ConsumptionProbe probe = buckets.builder()
                    .build(limit.key(), () -> configuration(limit.perMinute()))
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                Duration needed = Duration.ofNanos(probe.getNanosToWaitForRefill());
                wait = needed.compareTo(wait) > 0 ? needed : wait;
            }
        }
        return wait;
    }

    private static BucketConfiguration configuration(long perMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
