package org.appsupervision.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Token buckets (Bucket4j) that refill at their rate per minute: exact ones kept in the gateway's
 * PostgreSQL database, synced ones that each replica spends locally and writes back in batches, and
 * local ones in this instance's memory.
 */
@ApplicationScoped
public class RateLimits {

    /**
     * Where a bucket lives. Login and token limits are {@code SHARED}: they guard against guessing,
     * their rates are low, and every attempt must count across all replicas at once, so each request
     * costs one PostgreSQL transaction. Ordinary API limits are {@code SYNCED}: they guard capacity,
     * not secrets, and a store confirming thousands of orders a second must not pay a database round
     * trip per request, so each replica answers from its own copy of the shared bucket and writes what
     * it spent back to PostgreSQL (Bucket4j's delaying optimization) after a twentieth of the minute's
     * allowance or a second, whichever comes first. Across N replicas a client can so overshoot by at
     * most N times that twentieth plus a second's worth of requests before every replica sees the
     * shared count; in exchange the limit still holds across replicas, unlike a per-instance bucket,
     * which lets N replicas allow N times the rate. {@code LOCAL} buckets are per instance, for
     * deployments that prefer exactly that ({@code gateway.rate-limit.shared-api-limits=false}).
     */
    public enum Scope { SHARED, SYNCED, LOCAL }

    /** A bucket to take one token from: its key, how many requests per minute it allows, and where it lives. */
    public record Limit(String key, long perMinute, Scope scope) {
    }

    private static final int MAX_CACHED_BUCKETS = 100_000;
    /** Longest a replica spends from its copy of a synced bucket before writing back. */
    static final Duration SYNC_AT_LEAST_EVERY = Duration.ofSeconds(1);
    /** Share of a minute's allowance a replica may spend before writing back. */
    private static final long UNSYNCED_SHARE = 20;

    private final ProxyManager<String> buckets;
    private final Map<String, Bucket> local = lruMap();
    private final Map<String, Bucket> synced = lruMap();

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
            ConsumptionProbe probe = bucket(limit).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                Duration needed = Duration.ofNanos(probe.getNanosToWaitForRefill());
                wait = needed.compareTo(wait) > 0 ? needed : wait;
            }
        }
        return wait;
    }

    /** Whether taking from these buckets may need the database (otherwise it is a few nanoseconds in memory). */
    public static boolean mayBlock(List<Limit> limits) {
        return limits.stream().anyMatch(limit -> limit.scope() != Scope.LOCAL);
    }

    private Bucket bucket(Limit limit) {
        return switch (limit.scope()) {
            case SHARED -> buckets.builder().build(limit.key(), () -> configuration(limit.perMinute()));
            // The delaying state lives in the proxy object, so one proxy per key is kept and reused.
            case SYNCED -> synced.computeIfAbsent(limit.key(), key -> buckets.builder()
                    .withOptimization(Optimizations.delaying(new DelayParameters(
                            Math.max(1, limit.perMinute() / UNSYNCED_SHARE), SYNC_AT_LEAST_EVERY)))
                    .build(key, () -> configuration(limit.perMinute())));
            case LOCAL -> local.computeIfAbsent(limit.key(), key -> Bucket.builder()
                    .addLimit(l -> l.capacity(limit.perMinute()).refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                    .build());
        };
    }

    private static BucketConfiguration configuration(long perMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private static Map<String, Bucket> lruMap() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_CACHED_BUCKETS;
            }
        });
    }
}
