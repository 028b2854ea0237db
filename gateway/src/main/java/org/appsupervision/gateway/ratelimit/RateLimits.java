package org.appsupervision.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Token buckets (Bucket4j), shared ones kept in the gateway's PostgreSQL database so a limit holds
 * across every gateway replica, local ones in this instance's memory. Each refills at its rate per minute.
 */
@ApplicationScoped
public class RateLimits {

    /**
     * A bucket to take one token from: its key, how many requests per minute it allows, and whether
     * it is shared by all replicas (in PostgreSQL) or kept by this instance (in memory).
     */
    public record Limit(String key, long perMinute, boolean shared) {
    }

    private static final int MAX_LOCAL_BUCKETS = 100_000;

    private final ProxyManager<String> buckets;
    private final Map<String, Bucket> local = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_LOCAL_BUCKETS;
                }
            });

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
            ConsumptionProbe probe = limit.shared()
                    ? buckets.builder().build(limit.key(), () -> configuration(limit.perMinute()))
                            .tryConsumeAndReturnRemaining(1)
                    : local.computeIfAbsent(limit.key(), k -> Bucket.builder()
                            .addLimit(l -> l.capacity(limit.perMinute()).refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                            .build()).tryConsumeAndReturnRemaining(1);
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
